using SchemaGen.Runtime.Reading.LabelMatching;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>A row label at some place in flattened text and the run of figures that follows it.</summary>
    public readonly struct LabelledRun<T>
    {
        internal LabelledRun(LabelMatchResult<T> label, int labelStart, int runStart, int runEnd, int restStart, bool endsBeforeItemNumber, string run)
        {
            Label = label;
            LabelStart = labelStart;
            RunStart = runStart;
            RunEnd = runEnd;
            RestStart = restStart;
            EndsBeforeItemDelimiter = endsBeforeItemNumber;
            Run = run;
        }

        /// <summary>The label found at the start (check <see cref="LabelMatchResult{T}.IsMatch"/>).</summary>
        public LabelMatchResult<T> Label { get; }
        public int LabelStart { get; }
        /// <summary>Where the run of figures starts and ends in the text; equal when the label has none (a group label, a blank row).</summary>
        public int RunStart { get; }
        public int RunEnd { get; }
        /// <summary>The run, ready for <see cref="DigitRunSplitter.Split(string?, RunSplitOptions?)"/>.</summary>
        public string Run { get; }
        /// <summary>Where what follows the run starts: a unit (万元), the next label, prose.</summary>
        public int RestStart { get; }
        /// <summary>
        /// The run is followed directly by "." or "、" and a label: its last digits may be the next item's number
        /// ("00000002.其他法律…"). Pass the next row's number to <see cref="LabelledRunLocator.Locate{T}"/> to cut it off.
        /// </summary>
        public bool EndsBeforeItemDelimiter { get; }
    }

    /// <summary>
    /// Finds where a row label ends and its figures begin in flattened text, so that a label's own numbers are
    /// never read as figures: "3.危及“三安全一稳定”0000000" is the label 3.危及“三安全一稳定” and the run 0000000,
    /// and in "…00000002.其他法律行政法规禁止公开…" the "2." belongs to the next label.
    /// </summary>
    public static class LabelledRunLocator
    {
        /// <param name="labels">The labels that may stand at <paramref name="start"/> (a table's rows).</param>
        /// <param name="nextItemNumber">The number of the row that comes next ("2.", "2、"), when known: cut from the run's end when it stands there before its delimiter.</param>
        public static LabelledRun<T> Locate<T>(string? text, LabelMatcher<T> labels, int start = 0, string? nextItemNumber = null)
        {
            string source = text ?? "";
            int from = start < 0 ? 0 : start > source.Length ? source.Length : start;
            LabelMatchResult<T> label = labels.MatchAtStart(source, from);
            if (!label.IsMatch) return new LabelledRun<T>(label, from, from, from, from, false, "");
            return AfterLabel(source, label, from, label.End, nextItemNumber);
        }

        /// <summary>The run that starts after <paramref name="labelEnd"/> (closing quotes, brackets, colons and spaces skipped).</summary>
        public static LabelledRun<T> AfterLabel<T>(string source, LabelMatchResult<T> label, int labelStart, int labelEnd, string? nextItemNumber)
        {
            int runStart = labelEnd < 0 ? 0 : labelEnd;
            while (runStart < source.Length && IsClosing(source[runStart])) runStart++;
            int scan = runStart;
            while (scan < source.Length && IsRunCharacter(source[scan])) scan++;
            int runEnd = scan;
            // A point with no digit after it ends an item number or a sentence, never a figure.
            while (runEnd > runStart && (char.IsWhiteSpace(source[runEnd - 1]) || IsPoint(source[runEnd - 1]))) runEnd--;
            bool beforeDelimiter = runEnd < source.Length && IsItemDelimiter(source[runEnd]) && FollowedByText(source, runEnd + 1)
                                   && runEnd > runStart && IsDigit(source[runEnd - 1]);
            if (beforeDelimiter && nextItemNumber is not null)
            {
                string digits = DigitsOf(nextItemNumber);
                if (digits.Length > 0 && EndsWithDigits(source, runStart, runEnd, digits))
                {
                    runEnd -= digits.Length;
                    beforeDelimiter = false;
                }
            }
            int rest = runEnd;
            while (rest < scan && char.IsWhiteSpace(source[rest])) rest++;
            if (runEnd == runStart) rest = runStart;
            return new LabelledRun<T>(label, labelStart, runStart, runEnd, rest, beforeDelimiter, source.Substring(runStart, runEnd - runStart));
        }

        private static bool IsClosing(char c)
            => char.IsWhiteSpace(c) || c == '”' || c == '’' || c == '"' || c == '\'' || c == '」' || c == '』' || c == '）' || c == ')'
               || c == '：' || c == ':' || c == '】' || c == '》';

        private static bool IsRunCharacter(char c)
            => IsDigit(c) || char.IsWhiteSpace(c) || IsPoint(c) || c == '+' || c == '＋' || c == '-' || c == '－' || c == '−'
               || c == '—' || c == '–' || c == '/' || c == '／';

        private static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

        private static bool IsPoint(char c) => c == '.' || c == '．';

        private static bool IsItemDelimiter(char c) => IsPoint(c) || c == '、';

        private static bool FollowedByText(string source, int index) => index < source.Length && !IsDigit(source[index]) && !char.IsWhiteSpace(source[index]);

        private static string DigitsOf(string number)
        {
            var digits = new System.Text.StringBuilder();
            foreach (char c in number)
                if (IsDigit(c)) digits.Append(c >= '０' ? (char)('0' + (c - '０')) : c);
            return digits.ToString();
        }

        private static bool EndsWithDigits(string source, int runStart, int runEnd, string digits)
        {
            if (runEnd - runStart < digits.Length) return false;
            for (int i = 0; i < digits.Length; i++)
            {
                char c = source[runEnd - digits.Length + i];
                char ascii = c >= '０' && c <= '９' ? (char)('0' + (c - '０')) : c;
                if (ascii != digits[i]) return false;
            }
            return true;
        }
    }
}
