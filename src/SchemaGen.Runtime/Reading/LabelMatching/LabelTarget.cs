using System;
using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading.LabelMatching
{
    /// <summary>One thing a label can name (a section, a row, a column), with its official label and its aliases.</summary>
    public sealed class LabelTarget<T>
    {
        public LabelTarget(T value, string? label, IEnumerable<string>? aliases = null)
        {
            Value = value;
            Label = label ?? "";
            Aliases = aliases is null ? Array.Empty<string>() : new List<string>(aliases).ToArray();
        }

        public T Value { get; }
        public string Label { get; }
        public IReadOnlyList<string> Aliases { get; }
    }

    public sealed class LabelMatchOptions
    {
        public static readonly LabelMatchOptions Default = new LabelMatchOptions();

        /// <summary>
        /// The least score of an approximate match. Score = common characters ÷ (target length + weighted extra
        /// characters): one extra character in 行政法复议 scores 0.94, 政府信息公开工作 before 存在的主要问题及改进情况
        /// 0.86, two of ten characters missing 0.80; siblings such as 本年制发件数/本年废止件数 score 0.67.
        /// </summary>
        public double MinScore { get; init; } = 0.8;
        /// <summary>An approximate match is refused when another target scores within this much of it.</summary>
        public double MinMargin { get; init; } = 0.1;
        /// <summary>What a character of the text that is not in the target costs, against 1 for a target character missing.</summary>
        public double ExtraCharacterWeight { get; init; } = 0.25;
        /// <summary>Targets with shorter keys (总计, 其他, 规章, 自然人) match only exactly: one character decides too much.</summary>
        public int MinApproximateLength { get; init; } = 4;
        /// <summary>The most extra characters an approximate match tolerates, as a share of the target's length: more is prose.</summary>
        public double MaxExtraRatio { get; init; } = 1.0;
    }
}
