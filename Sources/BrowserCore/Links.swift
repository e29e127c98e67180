import PolicyModel

/// `o`: an overlay with the open policy's snapshot URL (from the corpus header), its file, and
/// the links of the text on screen, the current block's first; `q`/Esc/`o` close it.
extension BrowserState {
    /// `o`: opens the links overlay (in the help overlay's box).
    mutating func showLinks() {
        guard let p = reader.policy else {
            message = "no policy open"
            return
        }
        overlay = Overlay(kind: .links, lines: linkLines(of: p))
        showingHelp = true
        helpTop = 0
    }

    /// Closes the help or links overlay.
    mutating func closeOverlay() {
        showingHelp = false
    }

    /// The overlay's lines: snapshot, file, then one line per link (its text, its URL).
    func linkLines(of p: Int) -> [(label: String, help: String)] {
        let policy = policies[p]
        var lines: [(label: String, help: String)] = [
            ("snapshot", policy.source.map(Self.safeURL) ?? "not known (the file has no corpus header)"),
            ("file", policy.file),
        ]
        var locations: [BlockLocation] = []
        if let spot = currentSpot { locations.append(spot.location) }
        let height = contentHeight(.text)
        for line in reader.layout.lines.dropFirst(reader.textTop).prefix(height) {
            guard let piece = line.piece, let location = reader.document.pieces[piece].location,
                  !locations.contains(location) else { continue }
            locations.append(location)
        }
        var links: [(label: String, help: String)] = []
        for location in locations {
            guard let block = policy.block(at: location) else { continue }
            links += block.links.map { link in
                let text = block.text(of: link.range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                return (text.isEmpty ? "link" : text, Self.safeURL(link.url))
            }
        }
        lines.append(("", links.isEmpty ? "No links in the text on screen." : "Links in the text on screen, the current block's first:"))
        return lines + links
    }

    /// A URL safe to show: control, format (bidi) and space characters percent-encoded.
    static func safeURL(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator:
                out += String(scalar).utf8.map { "%" + String($0, radix: 16, uppercase: true).leftPadded(2) }.joined()
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
