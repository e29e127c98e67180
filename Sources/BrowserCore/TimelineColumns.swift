import PolicyHistory
import PolicyModel

/// How a timeline's versions share the strip's columns: one column per version (up to 11 cells
/// wide when there is room), else per month, else per year.
struct TimelineColumns: Sendable, Equatable {
    enum Unit: String, Sendable { case version, month, year }

    var unit: Unit
    /// The versions (indices into the history) of each column, oldest first.
    var columns: [[Int]]
    /// Cells per column (up to 11, room for a date).
    var cellWidth: Int

    /// The columns for the `shown` versions in `width` cells.
    static func layout(_ versions: [Version], shown: [Int], width: Int) -> TimelineColumns {
        let width = max(1, width)
        if shown.count * 2 <= width {
            return TimelineColumns(unit: .version, columns: shown.map { [$0] }, cellWidth: min(11, width / shown.count))
        }
        if shown.count <= width { return TimelineColumns(unit: .version, columns: shown.map { [$0] }, cellWidth: 1) }
        let months = grouped(versions, shown) { $0.map { "\($0.year)-\($0.month)" } }
        if months.count <= width { return TimelineColumns(unit: .month, columns: months, cellWidth: 1) }
        let years = grouped(versions, shown) { $0.map { "\($0.year)" } }
        // More years than cells: the newest that fit.
        return TimelineColumns(unit: .year, columns: Array(years.suffix(width)), cellWidth: 1)
    }

    /// Consecutive versions with the same key (undated versions share one column).
    private static func grouped(_ versions: [Version], _ shown: [Int], key: (ArchiveDate?) -> String?) -> [[Int]] {
        var columns: [[Int]] = [], last: String?? = .none
        for i in shown {
            let k = key(versions[i].date)
            if case .some(let previous) = last, previous == k { columns[columns.count - 1].append(i) } else { columns.append([i]) }
            last = .some(k)
        }
        return columns
    }

    /// The column that holds version `index`.
    func column(of index: Int) -> Int? {
        columns.firstIndex { $0.contains(index) }
    }
}

