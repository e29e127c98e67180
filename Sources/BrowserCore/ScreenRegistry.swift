/// Every kind of stacked screen, in the order the help overlay lists their keys.
enum ScreenRegistry {
    static var types: [any StackedScreen.Type] {
        [MatrixView.self, SideBySideView.self, VersionsView.self, SearchView.self, ProblemsView.self,
         TrendsView.self, TimelineView.self]
    }

    /// The screen type of a ``ViewKind`` (what ``Action/openScreen(_:)`` names).
    static func type(of kind: ViewKind) -> (any StackedScreen.Type)? {
        types.first { $0.kind == kind }
    }

    /// The screen type of a `:` command word.
    static func opened(byCommand word: some StringProtocol) -> (any StackedScreen.Type)? {
        types.first { $0.command == word }
    }
}
