import Foundation
import PolicyModel
import PolicyParsing
import TestSupport
import Testing
@testable import PolicyExtraction

/// Every policy of the shared corpus (`../shared/corpus/policies`; skipped when absent).
@Suite("Corpus: every policy answered, flags, highlights")
struct CorpusTests {
    private func corpus() async throws -> [Policy] {
        let result = await PolicyLoader.load(TestSupport.corpusFiles.map(\.path))
        return result.policies
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus beside the repository"))
    func everyPolicyGetsEveryAnswer() async throws {
        let policies = try await corpus()
        #expect(policies.count >= 40)
        for policy in policies {
            let practices = Fixtures.extractor.extract(policy)
            #expect(Set(practices.answers.keys) == Set(Question.allCases), "\(policy.id)")
            for answer in practices.answers.values {
                #expect((0...1).contains(answer.confidence), "\(policy.id) \(answer.question)")
                if case .list(let items) = answer.value { #expect(!items.isEmpty) }
                if answer.value == .yes || answer.value == .no {
                    #expect(!answer.evidence.isEmpty, "\(policy.id) \(answer.question) has no evidence")
                }
            }
        }
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus beside the repository"))
    func theBlogIsFlaggedAndThePoliciesAreNot() async throws {
        let policies = try await corpus()
        for policy in policies {
            let status = Fixtures.extractor.extract(policy).status
            if policy.domain == "freedom-to-tinker.com" {
                #expect(status.name == "not-a-policy", "the blog was read as \(status)")
            } else {
                #expect(status == .policy, "\(policy.id): \(status.explanation)")
            }
        }
    }

    @Test func highlightsStayInsideTheirBlocks() async throws {
        var policies = try await corpus()
        if policies.isEmpty { policies = [try TestSupport.seed("act-on.com")] }
        for policy in policies {
            let practices = Fixtures.extractor.extract(policy)
            var blocks: [BlockLocation: Block] = [:]
            for (i, block) in policy.preamble.enumerated() { blocks[BlockLocation(sectionNumber: 0, blockIndex: i)] = block }
            for (location, section) in policy.flattenedSections {
                for (i, block) in section.blocks.enumerated() { blocks[BlockLocation(sectionNumber: location.number, blockIndex: i)] = block }
            }
            for (location, marks) in practices.blockHighlights {
                let block = try #require(blocks[location], "\(policy.id) \(location)")
                let length = block.text.unicodeScalars.count
                for mark in marks { #expect(mark.range.end <= length && block.sentences.contains(mark.range)) }
            }
            for sentence in practices.sentences {
                let block = try #require(blocks[sentence.location])
                #expect(sentence.range.slice(of: block.text) == sentence.text)
                for match in sentence.attributes { #expect(sentence.range.contains(match.range), "\(policy.id) \(match.attribute)") }
            }
        }
    }
}

@Suite("Flags on small documents")
struct StatusTests {
    @Test func nonEnglishIsFlaggedAndNotClassified() throws {
        let p = try Fixtures.practices("""
        # Datenschutzerklärung

        Wir erheben und verarbeiten Ihre personenbezogenen Daten nur, wenn Sie uns diese freiwillig mitteilen. \
        Die Daten werden nicht an Dritte weitergegeben, es sei denn, wir sind gesetzlich dazu verpflichtet. \
        Sie haben jederzeit das Recht auf Auskunft über die bei uns gespeicherten Daten und auf deren Löschung.
        """)
        #expect(p.status.name == "not-english")
        #expect(p.sentences.isEmpty)
        #expect(p.answers.values.allSatisfy { $0.value == .notStated && $0.evidence.isEmpty })
    }

    @Test func anArticleIsNotAPolicy() throws {
        let p = try Fixtures.practices("""
        # Privacy

        ## On distracted driving and handset searches

        Several states are considering a roadside gadget that inspects a driver's handset after a crash. \
        Critics argue the gadget could reveal far more than whether the handset was active. \
        The debate echoes earlier fights over breathalyzer tests and implied consent.

        ## Short links considered harmful

        Researchers scanned the space of short links and found many shared documents. \
        Some of the documents were editable by anyone who found the link. \
        The providers have since lengthened the links they generate.
        """)
        #expect(p.status.name == "not-a-policy")
        #expect(p.spans.isEmpty)
    }
}
