/// Every kind of stacked screen, in the order the help overlay lists their keys.
enum ScreenRegistry {
    static var types: [any StackedScreen.Type] {
        [MatrixView.self, SideBySideView.self, VersionsView.self]
    }

    /// The screen type that `action` opens from the three panes.
    static func opened(by action: Action) -> (any StackedScreen.Type)? {
        types.first { $0.opener.action == action }
    }

    /// The screen type of a `:` command word.
    static func opened(byCommand word: some StringProtocol) -> (any StackedScreen.Type)? {
        types.first { $0.opener.command == word }
    }
}
