using System;
using System.Collections.Generic;
using System.Globalization;

namespace SchemaGen.Runtime.Reading.LabelMatching
{
    public enum LabelMatchStatus
    {
        NoMatch,
        Matched,
        /// <summary>Two targets fit (equally, or too closely): none is chosen; see <see cref="LabelMatchResult{T}.Contenders"/>.</summary>
        Ambiguous,
    }

    public enum LabelMatchKind
    {
        None,
        /// <summary>The key equals the official label's (after the folds: say so when <see cref="LabelMatchResult{T}.Folds"/> is not None).</summary>
        Exact,
        /// <summary>The key equals one of the target's aliases.</summary>
        Alias,
        /// <summary>Similar enough, not equal: the reader should say so in a note, with the score.</summary>
        Approximate,
    }

    /// <summary>A target that fits a text, with how well.</summary>
    public readonly struct LabelContender<T>
    {
        public LabelContender(T target, double score, string matchedText)
        {
            Target = target;
            Score = score;
            MatchedText = matchedText;
        }

        public T Target { get; }
        public double Score { get; }
        public string MatchedText { get; }

        public override string ToString() => MatchedText + " (" + Score.ToString("0.00", CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>What matching one text against a target set found. A struct: a match allocates nothing unless it is ambiguous.</summary>
    public readonly struct LabelMatchResult<T>
    {
        private static readonly LabelContender<T>[] NoContenders = Array.Empty<LabelContender<T>>();
        private readonly LabelContender<T>[]? _contenders;

        internal LabelMatchResult(LabelMatchStatus status, LabelMatchKind kind, T? target, double score, string? matchedText,
            LabelFolds folds, int numberStart, int numberEnd, int end, LabelContender<T>[]? contenders, T? closest, double closestScore)
        {
            Status = status;
            Kind = kind;
            Target = target;
            Score = score;
            MatchedText = matchedText;
            Folds = folds;
            NumberStart = numberStart;
            NumberEnd = numberEnd;
            End = end;
            _contenders = contenders;
            Closest = closest;
            ClosestScore = closestScore;
        }

        public LabelMatchStatus Status { get; }
        public bool IsMatch => Status == LabelMatchStatus.Matched;
        public LabelMatchKind Kind { get; }
        /// <summary>The matched target, when <see cref="IsMatch"/>.</summary>
        public T? Target { get; }
        /// <summary>1 for an exact or alias match; the similarity otherwise.</summary>
        public double Score { get; }
        /// <summary>The label or alias, as the target gives it, that matched best.</summary>
        public string? MatchedText { get; }
        /// <summary>The folds that changed the text on its way to its key (width, script, variant words, OCR, numbering).</summary>
        public LabelFolds Folds { get; }
        /// <summary>Where the leading item number that was set aside stands in the text (-1 when there was none).</summary>
        public int NumberStart { get; }
        public int NumberEnd { get; }
        /// <summary>Where the matched label ends in the text: the end of the text for a whole-text match.</summary>
        public int End { get; }
        /// <summary>The targets that fit too closely to choose between, when ambiguous.</summary>
        public IReadOnlyList<LabelContender<T>> Contenders => _contenders ?? NoContenders;
        /// <summary>When nothing matched: the best target below the threshold, for a diagnostic ("closest: …").</summary>
        public T? Closest { get; }
        public double ClosestScore { get; }

        /// <summary>The item number as written ("四、", "(3)"), or null.</summary>
        public string? NumberIn(string text)
            => NumberStart >= 0 && NumberEnd <= text.Length && NumberEnd > NumberStart ? text.Substring(NumberStart, NumberEnd - NumberStart) : null;

        public override string ToString()
            => Status == LabelMatchStatus.Matched ? $"{Kind} {MatchedText} ({Score.ToString("0.00", CultureInfo.InvariantCulture)})"
               : Status == LabelMatchStatus.Ambiguous ? "Ambiguous: " + string.Join(", ", Contenders)
               : "NoMatch";
    }
}
