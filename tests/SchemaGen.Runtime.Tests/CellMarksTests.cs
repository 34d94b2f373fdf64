using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// Marks keep no collection until a cell is marked; a table with none still answers every question and equals another
    /// with none, as it did when each table held four empty collections.
    /// </summary>
    public class CellMarksTests
    {
        [Fact]
        public void Marks_with_nothing_marked_answer_as_empty_and_equal_each_other()
        {
            var none = new CellMarks();
            Assert.Empty(none.Imputed);
            Assert.Empty(none.Unread);
            Assert.False(none.IsImputed("NewlyReceived", "Total"));
            Assert.False(none.IsUnread("NewlyReceived", "Total"));
            Assert.True(none.AllRead(("NewlyReceived", "Total")));
            none.MarkUnread(System.Array.Empty<(string, string)>());
            Assert.Empty(none.Unread);
            Assert.Equal(new CellMarks(), none);
            Assert.Equal(new CellMarks().GetHashCode(), none.GetHashCode());
        }

        [Fact]
        public void Marked_cells_are_kept_once_in_order_and_make_the_marks_unequal_to_empty_ones()
        {
            var marks = new CellMarks();
            marks.MarkUnread(new[] { ("Outcomes.Granted", "Total"), ("Outcomes.Granted", "Business"), ("Outcomes.Granted", "Total") });
            marks.MarkImputed("NewlyReceived", "Total", 12m);
            marks.MarkImputed("NewlyReceived", "Total", 13m); // the first value stands
            Assert.Equal(new[] { ("Outcomes.Granted", "Total"), ("Outcomes.Granted", "Business") }, marks.Unread);
            Assert.Equal(new ImputedCell("NewlyReceived", "Total", 12m), Assert.Single(marks.Imputed));
            Assert.False(marks.AllRead(("NewlyReceived", "Total"), ("Outcomes.Granted", "Business")));
            Assert.True(marks.AllRead(("NewlyReceived", "Total")));
            Assert.NotEqual(new CellMarks(), marks);
            Assert.NotEqual(marks, new CellMarks());

            var same = new CellMarks();
            same.MarkImputed("NewlyReceived", "Total", 12m);
            same.MarkUnread("Outcomes.Granted", "Business");
            same.MarkUnread("Outcomes.Granted", "Total");
            Assert.Equal(marks, same); // the same cells, marked in another order
        }
    }
}
