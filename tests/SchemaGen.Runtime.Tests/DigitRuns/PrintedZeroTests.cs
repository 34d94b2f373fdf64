using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// A table whose runs print a 0 does not drop its zeros, so a short row there lost a figure left blank. A 0 is printed
    /// for certain where it starts a figure (figures have no leading zeros) and is not the whole part of a decimal.
    /// </summary>
    public class PrintedZeroTests
    {
        [Theory]
        [InlineData("0000000", true)]
        [InlineData("0+1111", true)]
        [InlineData("12 0 3", true)]
        [InlineData("０12", true)]
        [InlineData("121012117", false)] // a 0 after a digit may belong to 10
        [InlineData("1-10", false)]
        [InlineData("0.5", false)]
        [InlineData("3 0．25", false)]
        [InlineData("", false)]
        public void A_zero_that_starts_a_figure_is_printed(string run, bool printed)
            => Assert.Equal(printed, RunPlacer.PrintsAZero(run));
    }
}
