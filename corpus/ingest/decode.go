package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names recorded in corpus.Provenance.Encoding.
const (
	EncUTF8        = "UTF-8"
	EncUTF8BOM     = "UTF-8 with a byte order mark"
	EncUTF16LE     = "UTF-16LE with a byte order mark"
	EncUTF16BE     = "UTF-16BE with a byte order mark"
	EncWindows1252 = "Windows-1252"
)

// decoded is a file's text after decoding, with what was done to it.
type decoded struct {
	text     string
	encoding string
	// dropped counts the NUL, control and bidi-override characters taken out of the text.
	dropped int
}

// errBinary reports a file that is not text in any encoding Parallax reads.
type errBinary struct{ reason string }

func (e errBinary) Error() string { return "not a text file (" + e.reason + ")" }

// decodeText turns raw bytes into clean UTF-8 text. A byte order mark selects UTF-8 or UTF-16 and
// is removed; valid UTF-8 is kept; anything else is read as Windows-1252 (a superset of the
// printable Latin-1), the usual encoding of older Western files. A file with NUL bytes and no
// UTF-16 byte order mark is binary. The text never holds NUL, other C0 controls than tab and
// newline, or the bidi controls U+202A–U+202E and U+2066–U+2069, which could reorder what a
// reader sees.
func decodeText(raw []byte) (decoded, error) {
	var d decoded
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw, d.encoding = raw[3:], EncUTF8BOM
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		var err error
		d.encoding = EncUTF16LE
		if raw[0] == 0xFE {
			d.encoding = EncUTF16BE
		}
		// The BOM picks the byte order and is removed by the decoder.
		raw, err = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err == nil && !utf8.Valid(raw) {
			err = fmt.Errorf("unpaired surrogates")
		}
		if err != nil {
			return d, fmt.Errorf("decoding %s: %w", d.encoding, err)
		}
	default:
		d.encoding = EncUTF8
		// A stray NUL in a text is dropped below; many, or NULs among bytes that are not UTF-8,
		// make a binary file.
		if bytes.IndexByte(raw, 0) >= 0 && (binaryLike(raw) || !utf8.Valid(raw)) {
			return d, errBinary{"it holds NUL bytes"}
		}
		if !utf8.Valid(raw) {
			if binaryLike(raw) {
				return d, errBinary{"mostly control bytes"}
			}
			var err error
			raw, err = charmap.Windows1252.NewDecoder().Bytes(raw)
			if err != nil {
				return d, fmt.Errorf("decoding Windows-1252: %w", err)
			}
			d.encoding = EncWindows1252
		}
	}
	d.text, d.dropped = clean(string(raw))
	return d, nil
}

// binaryLike reports whether more than one byte in ten of the first 4 KB is a control byte other
// than tab, newline, carriage return and form feed (NUL included): no text file looks like that.
func binaryLike(raw []byte) bool {
	n := min(len(raw), 4096)
	ctrl := 0
	for _, b := range raw[:n] {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*10 > n
}

// clean removes a stray byte order mark, NUL and other C0 controls (tab, newline and carriage
// return stay; form feed becomes a newline) and the bidi embedding, override and isolate
// characters. It returns the text and how many characters it removed.
func clean(s string) (string, int) {
	if !strings.ContainsFunc(s, unwanted) {
		return s, 0
	}
	n := 0
	out := strings.Map(func(r rune) rune {
		if r == '\f' {
			return '\n'
		}
		if unwanted(r) {
			n++
			return -1
		}
		return r
	}, s)
	return out, n
}

func unwanted(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r'
	case r == 0x7F, r == '\ufeff', r == utf8.RuneError:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// splitLines splits text at LF, CRLF and a lone CR (old Mac files), so that every convention
// counts lines alike.
func splitLines(s string) []string {
	if strings.IndexByte(s, '\r') < 0 {
		return strings.Split(s, "\n")
	}
	return strings.Split(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"), "\n")
}

// charRef is one complete HTML character reference: numeric ("&#163;", "&#xA3;") or named
// ("&pound;"), always with its semicolon.
var charRef = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// decodeCharRefs decodes the HTML character references of a plain-text file that clearly uses
// them: it decodes each complete reference that HTML defines (a number, or a name such as
// &pound; or &amp;, ending in a semicolon) and leaves anything else as written, so that "AT&T;"
// or "Q&A" stay as they are. A file with no such reference is returned unchanged (n = 0). The
// result is cleaned again, since a reference can name a control or bidi-override character;
// dropped counts those. What comes out is text: the app escapes it like any other.
func decodeCharRefs(s string) (out string, n, dropped int) {
	if strings.IndexByte(s, '&') < 0 {
		return s, 0, 0
	}
	out = charRef.ReplaceAllStringFunc(s, func(ref string) string {
		r := html.UnescapeString(ref)
		if r == ref {
			return ref // not a reference HTML defines
		}
		n++
		return r
	})
	if n == 0 {
		return s, 0, 0
	}
	out, dropped = clean(out)
	return out, n, dropped
}
