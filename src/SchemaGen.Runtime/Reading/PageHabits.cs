namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// What the page's text extraction does everywhere, found once per report and used by every table: the line pitch of
    /// one-cell-per-line text, and whether run-together text left zero cells out.
    /// </summary>
    internal sealed class PageHabits
    {
        public PageHabits(LinePitch pitch, bool zerosLeftBlank)
        {
            Pitch = pitch;
            ZerosLeftBlank = zerosLeftBlank;
        }

        public LinePitch Pitch { get; }

        /// <summary>Run-together rows lack their zero cells (see <see cref="RunTogetherText.Segment"/>).</summary>
        public bool ZerosLeftBlank { get; }
    }
}
