#!/bin/sh
# Makes a git repository of COMMITS first-parent commits over DOCUMENTS policy-like Markdown
# files in the Princeton-Leuven layout (a/ac/act/act-on17.com.md), for HistoryBenchmarks.
# The first commit adds every document (each a corpus policy under a new domain); each later
# commit makes a small edit to one document (a sentence added to one paragraph, the revision
# line changed). Written with git fast-import: 40,000 commits took 4 minutes (1 minute of CPU)
# on two busy cores.
#
# Usage: make-history-repo.sh DIR [COMMITS=40000] [DOCUMENTS=1000] [CORPUS=../../shared/corpus/policies] [MAX_BYTES=0]
# MAX_BYTES > 0 cuts each document to about that many bytes (a long history built quickly).
set -eu
dir=${1:?usage: make-history-repo.sh DIR [COMMITS] [DOCUMENTS] [CORPUS] [MAX_BYTES]}
commits=${2:-40000}
documents=${3:-1000}
corpus=${4:-$(dirname "$0")/../../../shared/corpus/policies}
max_bytes=${5:-0}
[ -d "$corpus" ] || { echo "corpus not found: $corpus" >&2; exit 1; }
[ -e "$dir" ] && { echo "$dir exists; remove it first" >&2; exit 1; }
git init --quiet -b main "$dir"

perl - "$corpus" "$commits" "$documents" "$max_bytes" <<'PERL' | git -C "$dir" fast-import --quiet
use strict; use warnings;
my ($corpus, $commits, $documents, $max) = @ARGV;
opendir(my $dh, $corpus) or die "$corpus: $!";
my @names = sort grep { /\.md$/ } readdir($dh);
my @texts = map { local $/; open(my $f, '<:raw', "$corpus/$_") or die "$_: $!"; my $t = <$f>; $t } @names;
my (@paths, @domains, @paragraphs, @revision);
for my $i (0 .. $documents - 1) {
    my $k = $i % @names;
    (my $base = $names[$k]) =~ s/\.md$//;
    my ($stem, $tld) = $base =~ /^(.*?)(\.[^.]+)$/ ? ($1, $2) : ($base, ".com");
    my $domain = $stem . int($i / @names) . $tld;
    my $l = lc($domain) . "___";
    push @paths, substr($l, 0, 1) . "/" . substr($l, 0, 2) . "/" . substr($l, 0, 3) . "/$domain.md";
    push @domains, $domain;
    my $text = $texts[$k];
    $text =~ s/\Q$base\E/$domain/g;
    $text = substr($text, 0, $max) if $max > 0 && length($text) > $max;
    push @paragraphs, [split /\n\n/, $text];
    push @revision, 0;
}
my $time = 1262304000; # 2010-01-01
my $seed = 42;
sub rnd { $seed = ($seed * 1103515245 + 12345) % 2147483648; return $seed; }
sub data { my ($s) = @_; { use bytes; return "data " . length($s) . "\n" . $s . "\n"; } }
sub content {
    my ($i) = @_;
    my @p = @{$paragraphs[$i]};
    return join("\n\n", @p) . "\n\n_Revision $revision[$i]._\n";
}
for my $c (1 .. $commits) {
    $time += 3600 + rnd() % 7200;
    print "commit refs/heads/main\nmark :$c\ncommitter Bench <bench\@example.com> $time +0000\n";
    if ($c == 1) {
        print data("Add $documents documents\n");
        print "M 100644 inline $paths[$_]\n", data(content($_)) for 0 .. $documents - 1;
    } else {
        my $i = rnd() % $documents;
        $revision[$i]++;
        my $p = $paragraphs[$i];
        my $j = rnd() % @$p;
        $p->[$j] .= " We updated this paragraph in revision $revision[$i].";
        my $title = (rnd() % 10 == 0) ? "Apply technical or declaration upgrade on $domains[$i] Privacy Policy" : "Record new changes of $domains[$i] Privacy Policy";
        print data("$title\n"), "from :" . ($c - 1) . "\n";
        print "M 100644 inline $paths[$i]\n", data(content($i));
    }
    print "\n";
}
PERL
git -C "$dir" reset --quiet --hard
echo "$dir: $(git -C "$dir" rev-list --count HEAD) commits, $(git -C "$dir" ls-files | wc -l) files, $(du -sh "$dir/.git" | cut -f1) in .git"
