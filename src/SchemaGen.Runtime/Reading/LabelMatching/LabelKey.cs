namespace SchemaGen.Runtime.Reading.LabelMatching
{
    /// <summary>The match key of a label, as <see cref="LabelMatcher{T}"/> compares them: for building alias lists and for tests.</summary>
    public static class LabelKey
    {
        /// <summary>"（六）其他處理：" → "其他处理"; "規範性檔案" → "规范性文件"; "l.属于国家秘密" → "属于国家秘密".</summary>
        public static string Of(string? text)
        {
            var normalized = new NormalizedLabel();
            LabelNormalizer.Normalize(text ?? "", 0, int.MaxValue, normalized);
            return normalized.Key();
        }

        /// <summary>The folds that changed <paramref name="text"/> on its way to its key.</summary>
        public static LabelFolds FoldsOf(string? text)
        {
            var normalized = new NormalizedLabel();
            LabelNormalizer.Normalize(text ?? "", 0, int.MaxValue, normalized);
            return normalized.Folds;
        }
    }
}
