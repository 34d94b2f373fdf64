using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SchemaGen.Runtime.Reading
{
    public enum CellTextKind
    {
        /// <summary>Blank, or a mark that means nothing was stated: —, -, /, 无, 空.</summary>
        NotStated,
        /// <summary>A figure.</summary>
        Number,
        /// <summary>Something that is neither: a garbled cell.</summary>
        Unreadable,
    }

    /// <summary>What the text of one cell says, before it is checked against the cell's kind.</summary>
    public readonly struct ParsedCell
    {
        public ParsedCell(CellTextKind kind, decimal value, string? problem)
        {
            Kind = kind;
            Value = value;
            Problem = problem;
            IsSmallWhole = false;
        }

        /// <summary>A figure of at most nine plain digits: a whole number from 0 to 999,999,999, which every cell kind accepts as it is.</summary>
        private ParsedCell(decimal smallWhole)
            : this(CellTextKind.Number, smallWhole, null)
            => IsSmallWhole = true;

        internal static ParsedCell OfSmallWhole(decimal value) => new ParsedCell(value);

        public CellTextKind Kind { get; }
        /// <summary>The figure, when <see cref="Kind"/> is <see cref="CellTextKind.Number"/>.</summary>
        public decimal Value { get; }
        /// <summary>Why the text could not be read, when <see cref="Kind"/> is <see cref="CellTextKind.Unreadable"/>.</summary>
        public string? Problem { get; }

        public bool IsNumber => Kind == CellTextKind.Number;

        /// <summary>
        /// Known while parsing to be a whole number from 0 to 999,999,999 (a cell of at most nine ASCII digits): a reader
        /// then skips the tests for fractions, signs and range that such a figure passes.
        /// </summary>
        internal bool IsSmallWhole { get; }

        public bool IsNotStated => Kind == CellTextKind.NotStated;
    }

    /// <summary>
    /// Reads the text of one table cell. Only plain figures are accepted: digits (full-width too), an optional
    /// sign, thousands separators in groups of three, a decimal point. Units, words, spaces between digits
    /// and the like make the cell unreadable rather than guessed at. Whether a sign or decimals are allowed
    /// depends on the cell's kind and is checked once the cell has been placed.
    /// </summary>
    public static class CellValueParser
    {
        public static ParsedCell Parse(string? raw)
        {
            // Most figures are a few ASCII digits and nothing else: read at once, as the full path below reads them.
            if (TryPlainDigits(raw, out decimal plain)) return raw!.Length <= MaxSmallWholeDigits ? ParsedCell.OfSmallWhole(plain) : new ParsedCell(CellTextKind.Number, plain, null);
            // Most texts asked about are labels and prose: their first character already rules out a figure or a mark,
            // which saves normalising the whole line.
            if (CannotBeFigureOrMark(raw)) return new ParsedCell(CellTextKind.Unreadable, 0m, NotAFigure);
            string text = Normalize(raw);
            if (text.Length == 0 || IsNotStatedMark(text)) return new ParsedCell(CellTextKind.NotStated, 0m, null);
            return TryParseNumber(text, out decimal value, out string? problem)
                ? new ParsedCell(CellTextKind.Number, value, null)
                : new ParsedCell(CellTextKind.Unreadable, 0m, problem);
        }

        /// <summary>
        /// A figure already read (a run's digits split into cells), as <see cref="Parse"/> reads it written out: the same
        /// value, scale included, without writing it out and reading it back (a test holds the two to each other).
        /// </summary>
        internal static ParsedCell OfFigure(decimal value) => new ParsedCell(CellTextKind.Number, value == 0m ? Math.Abs(value) : value, null);

        /// <summary>Trimmed, half-width, Simplified (無 → 无), with minus-sign look-alikes as '-'. Inner spaces are kept: "1 2" is not 12.</summary>
        private static string Normalize(string? raw)
        {
            if (string.IsNullOrEmpty(raw)) return "";
            int start = 0, end = raw!.Length;
            while (start < end && TextNormalizer.IsSpaceOrInvisible(raw[start])) start++;
            while (end > start && TextNormalizer.IsSpaceOrInvisible(raw[end - 1])) end--;
            // Most cells are already plain: then the text (or its trimmed part) is the answer, with no copy made.
            int firstChanged = start;
            while (firstChanged < end && NormalizeChar(raw[firstChanged]) == raw[firstChanged]) firstChanged++;
            if (firstChanged == end) return start == 0 && end == raw.Length ? raw : raw.Substring(start, end - start);
            var chars = new char[end - start];
            for (int i = start; i < end; i++) chars[i - start] = NormalizeChar(raw[i]);
            return new string(chars);
        }

        private const string NotAFigure = "not a figure";

        /// <summary>One character folded (<see cref="TextNormalizer.FoldChar"/>), with minus-sign look-alikes as '-'.</summary>
        private static char NormalizeChar(char raw)
        {
            char c = TextNormalizer.FoldChar(raw);
            return c == '\u2212' || c == '\uFE63' ? '-' : c;
        }

        /// <summary>Whether the first visible character, normalised, can start neither a figure (digit, sign) nor a not-stated mark.</summary>
        private static bool CannotBeFigureOrMark(string? raw)
        {
            if (raw is null) return false;
            foreach (char rawChar in raw)
            {
                if (TextNormalizer.IsSpaceOrInvisible(rawChar)) continue;
                char c = NormalizeChar(rawChar);
                return !(c >= '0' && c <= '9') && c != '+' && !IsDashOrSlash(c) && c != '无' && c != '空';
            }
            return false;
        }

        private static bool IsNotStatedMark(string text)
        {
            if (text.Length == 1 && (text[0] == '无' || text[0] == '空')) return true;
            foreach (char c in text)
                if (!IsDashOrSlash(c)) return false;
            return true; // —, ——, -, --, /, //
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsDashOrSlash(char c)
            => c == '-' || c == '/' || c == '\\' || c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '\u2012' || c == '\u2500' || c == '\u2501';

        private static bool TryParseNumber(string text, out decimal value, out string? problem)
        {
            value = 0m;
            problem = NotAFigure;
            int i = 0;
            bool negative = false;
            if (text[0] == '-' || text[0] == '+')
            {
                negative = text[0] == '-';
                i = 1;
            }
            // The digits (separators left out) as one integer and the count after the point as its scale; more digits
            // than a ulong holds go through decimal.TryParse, which also says when a figure is too large for a decimal.
            ulong mantissa = 0;
            int digitCount = 0, group = 0, fraction = 0;
            bool sawComma = false;
            for (; i < text.Length && text[i] != '.'; i++)
            {
                char c = text[i];
                if (c >= '0' && c <= '9')
                {
                    mantissa = unchecked(mantissa * 10 + (ulong)(c - '0'));
                    digitCount++;
                    group++;
                }
                else if (c == ',')
                {
                    // Thousands separators only in the usual places: 1,234 and 12,345,678.
                    if (group == 0 || (sawComma ? group != 3 : group > 3)) return false;
                    sawComma = true;
                    group = 0;
                }
                else return false;
            }
            if (digitCount == 0 || (sawComma && group != 3)) return false;
            if (i < text.Length)
            {
                for (i++; i < text.Length; i++)
                {
                    char c = text[i];
                    if (c < '0' || c > '9') return false;
                    mantissa = unchecked(mantissa * 10 + (ulong)(c - '0'));
                    digitCount++;
                    fraction++;
                }
                if (fraction == 0) return false;
            }
            if (digitCount <= MaxExactDigits)
                value = DecimalOf(mantissa, fraction);
            else if (!decimal.TryParse(DigitsOf(text, fraction > 0), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            {
                problem = "a figure too large to read";
                return false;
            }
            if (negative && value != 0m) value = -value;
            problem = null;
            return true;
        }

        /// <summary>
        /// A text of ASCII digits only, at most <see cref="MaxExactDigits"/> of them: its value as <see cref="TryParseNumber"/>
        /// gives it (the same integer, scale 0, leading zeros read through). Anything else is left to the full path.
        /// </summary>
        private static bool TryPlainDigits(string? raw, out decimal value)
        {
            value = 0m;
            if (raw is null || raw.Length == 0 || raw.Length > MaxExactDigits) return false;
            ulong mantissa = 0;
            foreach (char c in raw)
            {
                uint digit = (uint)(c - '0');
                if (digit > 9) return false;
                mantissa = mantissa * 10 + digit;
            }
            value = DecimalOf(mantissa, 0);
            return true;
        }

        /// <summary>A figure of at most this many digits is below int.MaxValue (10^9 − 1 &lt; 2^31 − 1): every cell kind takes it as it is.</summary>
        private const int MaxSmallWholeDigits = 9;

        /// <summary>The decimal mantissa × 10^−scale, for a mantissa of at most <see cref="MaxExactDigits"/> digits (it fits the low 64 bits).</summary>
        private static decimal DecimalOf(ulong mantissa, int scale)
            => new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, false, (byte)scale);

        /// <summary>Digits a ulong always holds exactly (10^19 − 1 &lt; 2^64).</summary>
        private const int MaxExactDigits = 19;

        /// <summary>The figure's digits and point, without sign or thousands separators, as decimal.TryParse reads them.</summary>
        private static string DigitsOf(string text, bool hasPoint)
        {
            var digits = new StringBuilder(text.Length);
            foreach (char c in text)
                if ((c >= '0' && c <= '9') || (hasPoint && c == '.')) digits.Append(c);
            return digits.ToString();
        }
    }
}
