namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>Whether a run may lack cells, and what a lacking cell means.</summary>
    public enum MissingCells
    {
        /// <summary>Every cell is in the run (a figure or a "—" mark).</summary>
        None,
        /// <summary>
        /// The page left zero cells blank, so they vanished from the run (工业和信息化厅 2019/2020): a missing cell
        /// is 0 and a figure that is there is never 0. The cells that are there keep their order.
        /// </summary>
        ZerosLeftBlank,
        /// <summary>Any cell may be missing and means "not stated"; a figure that is there may be 0.</summary>
        AnyMayBeBlank,
    }

    /// <summary>What whitespace inside a run says.</summary>
    public enum SpaceReading
    {
        /// <summary>
        /// A space stands between two cells, never inside a figure: crawlers put spaces where a cell's text
        /// node had them, at its edges. Runs of spaces count as one and say nothing about blank cells.
        /// </summary>
        CellBoundary,
        /// <summary>Spaces are dropped before splitting: for text whose spaces may fall inside a figure.</summary>
        Noise,
    }

    public sealed class RunSplitOptions
    {
        public static readonly RunSplitOptions Default = new RunSplitOptions();

        public MissingCells Missing { get; init; } = MissingCells.None;
        public SpaceReading Spaces { get; init; } = SpaceReading.CellBoundary;
        /// <summary>
        /// The most split choices the search may examine, over all its passes; past it the run is reported as
        /// too long to split. A table 三 row takes a few hundred, table 四's 15 cells a few thousand.
        /// </summary>
        public int Budget { get; init; } = 200_000;
        /// <summary>How many candidates a result lists at most (the count is exact regardless).</summary>
        public int MaxCandidates { get; init; } = 20;
    }
}
