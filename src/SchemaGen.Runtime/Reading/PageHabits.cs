namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// What the page's text extraction does everywhere, found once per report and used by every table: the line pitch of
    /// one-cell-per-line text, and whether run-together text left zero cells out.
    /// </summary>
    internal sealed class PageHabits
    {
        private readonly TextLine[] _lines;
        private LinePitch? _pitch;

        public PageHabits(TextLine[] lines, bool zerosLeftBlank)
        {
            _lines = lines;
            ZerosLeftBlank = zerosLeftBlank;
        }

        /// <summary>
        /// The pitch of the report's lines, inferred at the first table read one cell per line: it classifies every line,
        /// which reports whose tables are all pipe, fixed-width or run-together rows never need.
        /// </summary>
        public LinePitch Pitch => _pitch ??= LinePitch.Infer(_lines);

        /// <summary>Run-together rows lack their zero cells (see <see cref="RunTogetherText.Segment"/>).</summary>
        public bool ZerosLeftBlank { get; }
    }
}
