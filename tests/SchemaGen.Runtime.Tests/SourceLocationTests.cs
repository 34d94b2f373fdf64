using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// A location keeps its element path or its PDF box in one reference (no factory sets both): each kind of place
    /// must still give back exactly what it was made with, and compare and hash by value.
    /// </summary>
    public class SourceLocationTests
    {
        [Fact]
        public void Each_kind_of_place_gives_back_what_it_was_made_with_and_nothing_else()
        {
            SourceLocation text = SourceLocation.AtLine(12, 5);
            Assert.Equal((12, 5, 0), (text.Line, text.Column, text.Page));
            Assert.Null(text.Path);
            Assert.Null(text.Box);

            SourceLocation element = SourceLocation.AtElement("body/table[2]/tr[4]/td[3]", 88, 3);
            Assert.Equal("body/table[2]/tr[4]/td[3]", element.Path);
            Assert.Null(element.Box);
            Assert.Equal((88, 3, 0), (element.Line, element.Column, element.Page));

            var box = new PageBox(72, 500, 140, 512);
            SourceLocation page = SourceLocation.OnPage(3, box);
            Assert.Equal(box, page.Box);
            Assert.Null(page.Path);
            Assert.Equal((0, 0, 3), (page.Line, page.Column, page.Page));
            Assert.Equal("page 3 (x 72–140, y 500–512)", page.ToString());

            SourceLocation bare = SourceLocation.OnPage(3);
            Assert.Null(bare.Box);
            Assert.Null(bare.Path);
        }

        [Fact]
        public void Locations_compare_and_hash_by_value_across_kinds()
        {
            var box = new PageBox(72, 500, 140, 512);
            var locations = new[]
            {
                SourceLocation.None,
                SourceLocation.AtLine(1, 1),
                SourceLocation.AtElement("body/p[1]"),
                SourceLocation.AtElement("body/p[1]", 1, 1),
                SourceLocation.OnPage(1),
                SourceLocation.OnPage(1, box),
                SourceLocation.OnPage(1, new PageBox(72, 500, 140, 513)),
            };
            for (int i = 0; i < locations.Length; i++)
                for (int j = 0; j < locations.Length; j++)
                    Assert.Equal(i == j, locations[i].Equals(locations[j]));

            // Equal values made separately (the box in a new holder, the path a new string) are equal and hash alike.
            var seen = new HashSet<SourceLocation> { SourceLocation.OnPage(1, box), SourceLocation.AtElement(new string("body/p[1]".ToCharArray())) };
            Assert.Contains(SourceLocation.OnPage(1, new PageBox(72, 500, 140, 512)), seen);
            Assert.Contains(SourceLocation.AtElement("body/p[1]"), seen);
            Assert.True(SourceLocation.None.IsNone);
            Assert.True(SourceLocation.OnPage(0).IsNone);
            Assert.False(SourceLocation.AtElement("body").IsNone);
            Assert.False(SourceLocation.OnPage(0, box).IsNone);
        }

        /// <summary>
        /// The readers copy a location into every line, cell and reading they keep: it is 16 bytes, a reference and two
        /// ints, because a text place's column and a PDF place's page share a field. Neither may show through the other.
        /// </summary>
        [Fact]
        public void A_location_is_two_ints_and_a_reference_and_a_column_never_reads_as_a_page_or_back()
        {
            Assert.Equal(16, System.Runtime.CompilerServices.Unsafe.SizeOf<SourceLocation>());
            foreach (int n in new[] { 1, 2, 500, int.MaxValue })
            {
                Assert.Equal((n, 0), (SourceLocation.AtLine(7, n).Column, SourceLocation.AtLine(7, n).Page));
                Assert.Equal((n, 0), (SourceLocation.AtElement("body/p[1]", 7, n).Column, SourceLocation.AtElement("body/p[1]", 7, n).Page));
                Assert.Equal((0, n, 0), (SourceLocation.OnPage(n).Column, SourceLocation.OnPage(n).Page, SourceLocation.OnPage(n).Line));
                Assert.NotEqual(SourceLocation.AtLine(0, n), SourceLocation.OnPage(n));
            }
            // Below 1 is none: a column of 0 (a line's own place) and no page.
            Assert.Equal((0, 0), (SourceLocation.AtLine(3, 0).Column, SourceLocation.AtLine(3, 0).Page));
            Assert.Equal((0, 0), (SourceLocation.AtLine(3, -2).Column, SourceLocation.AtLine(3, -2).Page));
            Assert.True(SourceLocation.OnPage(-1).IsNone);
        }

        /// <summary>A deferred path that counts how often it is written out.</summary>
        private sealed class CountingPath : DeferredElementPath
        {
            public int Writes { get; private set; }

            protected override string Write()
            {
                Writes++;
                return "body/tbl[1]/tr[2]/tc[3]";
            }
        }

        [Fact]
        public void A_deferred_path_is_written_once_when_read_and_not_to_ask_whether_there_is_one()
        {
            var path = new CountingPath();
            SourceLocation location = SourceLocation.AtElement(path);

            Assert.True(location.HasPath);
            Assert.False(location.IsNone);
            Assert.Equal(0, path.Writes);
            Assert.Equal("body/tbl[1]/tr[2]/tc[3]", location.Path);
            Assert.Equal("body/tbl[1]/tr[2]/tc[3]", location.ToString());
            Assert.Equal(1, path.Writes);
            Assert.Equal(SourceLocation.AtElement("body/tbl[1]/tr[2]/tc[3]"), location);
        }

        [Fact]
        public void Only_element_places_have_a_path()
        {
            Assert.True(SourceLocation.AtElement("body/p[1]").HasPath);
            Assert.False(SourceLocation.AtLine(3, 1).HasPath);
            Assert.False(SourceLocation.OnPage(2, new PageBox(1, 2, 3, 4)).HasPath);
            Assert.False(SourceLocation.None.HasPath);
        }

        [Fact]
        public void Only_a_bare_line_is_a_text_line_and_a_path_or_a_page_is_more_than_a_line()
        {
            var deferred = new CountingPath();
            (SourceLocation Place, bool TextLine, bool MoreThanLine)[] cases =
            {
                (SourceLocation.AtLine(3, 7), true, false),
                (SourceLocation.AtLine(3, 0), true, false),
                (SourceLocation.None, false, false),
                (SourceLocation.AtElement("body/p[1]", 12, 4), false, true),
                (SourceLocation.AtElement(deferred), false, true),
                (SourceLocation.OnPage(2), false, true),
                (SourceLocation.OnPage(2, new PageBox(1, 2, 3, 4)), false, true),
            };
            // Compared as a list, so that no message writes a place (and its deferred path) out before the count is read.
            Assert.Equal(cases.Select(c => (c.TextLine, c.MoreThanLine)), cases.Select(c => (c.Place.IsTextLine, c.Place.IsMoreThanLine)));
            Assert.Equal(0, deferred.Writes); // asked without writing the path out
            Assert.Equal("line 3", SourceLocation.AtLine(3, 7).Describe());
        }
    }
}
