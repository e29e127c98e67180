import BrowserCore
import CNcursesw

/// What one read from the terminal gave.
enum InputEvent: Equatable {
    case key(Key)
    case mouse(MouseEvent)
    case resize
    /// Nothing within the timeout.
    case idle
    /// stdin is at end of file or hung up.
    case endOfInput
}

/// Turns `wget_wch` results into keys.
enum KeyDecoder {
    /// A character read with status OK.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        default:
            guard let scalar = Unicode.Scalar(code), code >= 32 else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A function key read with status KEY_CODE_YES; nil for keys the browser does not use.
    static func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        default:
            for n in 1...12 where code == ps_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    /// A mouse report (`ps_get_mouse` kinds: 1 press, 2 wheel up, 3 wheel down).
    static func mouse(kind: Int32, x: Int, y: Int) -> MouseEvent? {
        switch kind {
        case 1: MouseEvent(.press, x: x, y: y)
        case 2: MouseEvent(.wheelUp, x: x, y: y)
        case 3: MouseEvent(.wheelDown, x: x, y: y)
        default: nil
        }
    }
}
