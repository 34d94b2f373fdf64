using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AngleSharp.Dom;
using Xunit;

namespace SchemaGen.Docs.Tests.Support
{
    /// <summary>
    /// Checks the boxes the browser laid out (written into data-box by a probe script): cells that start on the same
    /// grid line start at the same pixel, cells that end on the same line end at the same pixel, and every grid
    /// column and row has a width and height. So a header spanning five figure columns is exactly as wide as they are.
    /// </summary>
    public static class GeometryChecker
    {
        /// <summary>The probe: appended to a copy of the page, it records each table cell's box.</summary>
        public const string ProbeScript =
            "<script>(function(){for(const el of document.querySelectorAll('table.layout th, table.layout td')){" +
            "const r=el.getBoundingClientRect();el.setAttribute('data-box',[r.left,r.top,r.width,r.height].map(v=>v.toFixed(2)).join(','));}" +
            "document.documentElement.setAttribute('data-page-height',String(Math.ceil(document.documentElement.scrollHeight)));})();</script>";

        private const double Tolerance = 1.5;

        public readonly record struct Box(double Left, double Top, double Width, double Height)
        {
            public double Right => Left + Width;
            public double Bottom => Top + Height;
        }

        public static Box BoxOf(IElement cell)
        {
            string? text = cell.GetAttribute("data-box");
            Assert.False(text is null, "the probe did not record a box for " + cell.OuterHtml.Substring(0, Math.Min(120, cell.OuterHtml.Length)));
            double[] v = text!.Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            return new Box(v[0], v[1], v[2], v[3]);
        }

        public static void Check(IElement table, string where)
        {
            var grid = TableGrid.Of(table);
            // Each cell's slot range.
            var ranges = new Dictionary<IElement, (int R0, int C0, int R1, int C1)>();
            for (int r = 0; r < grid.Height; r++)
                for (int c = 0; c < grid.Width; c++)
                {
                    IElement? cell = grid[r, c];
                    if (cell is null) continue;
                    ranges[cell] = ranges.TryGetValue(cell, out var x) ? (Math.Min(x.R0, r), Math.Min(x.C0, c), Math.Max(x.R1, r), Math.Max(x.C1, c)) : (r, c, r, c);
                }
            var boxes = ranges.Keys.ToDictionary(e => e, BoxOf);

            void Same(IEnumerable<IElement> cells, Func<Box, double> edge, string what)
            {
                var list = cells.ToList();
                if (list.Count < 2) return;
                double first = edge(boxes[list[0]]);
                foreach (IElement other in list.Skip(1))
                    Assert.True(Math.Abs(edge(boxes[other]) - first) <= Tolerance,
                        $"{where}: {what}: {Describe(list[0])} at {first:0.##} but {Describe(other)} at {edge(boxes[other]):0.##}");
            }

            for (int c = 0; c < grid.Width; c++)
            {
                Same(ranges.Where(p => p.Value.C0 == c).Select(p => p.Key), b => b.Left, $"left edge of grid column {c}");
                Same(ranges.Where(p => p.Value.C1 == c).Select(p => p.Key), b => b.Right, $"right edge of grid column {c}");
            }
            for (int r = 0; r < grid.Height; r++)
            {
                Same(ranges.Where(p => p.Value.R0 == r).Select(p => p.Key), b => b.Top, $"top edge of grid row {r}");
                Same(ranges.Where(p => p.Value.R1 == r).Select(p => p.Key), b => b.Bottom, $"bottom edge of grid row {r}");
            }
            // No grid line collapsed: every grid column and row starts after the one before it.
            AssertAdvancing(Enumerable.Range(0, grid.Width).Select(c => ranges.Where(p => p.Value.C0 == c).Select(p => (double?)boxes[p.Key].Left).FirstOrDefault()), where + ": grid column");
            AssertAdvancing(Enumerable.Range(0, grid.Height).Select(r => ranges.Where(p => p.Value.R0 == r).Select(p => (double?)boxes[p.Key].Top).FirstOrDefault()), where + ": grid row");
        }

        private static void AssertAdvancing(IEnumerable<double?> starts, string what)
        {
            double? previous = null;
            int i = 0;
            foreach (double? start in starts)
            {
                if (start is double x)
                {
                    if (previous is double p) Assert.True(x > p + 1, $"{what} {i} starts at {x:0.##}, not after the previous one at {p:0.##}");
                    previous = x;
                }
                i++;
            }
        }

        private static string Describe(IElement cell)
            => cell.LocalName + "[" + (cell.GetAttribute("data-path") ?? (cell.GetAttribute("data-row") + "×" + cell.GetAttribute("data-column"))) + "]";
    }
}
