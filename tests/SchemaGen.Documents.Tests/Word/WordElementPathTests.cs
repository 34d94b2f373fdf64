using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SchemaGen.Documents.Word;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>
    /// Word element paths: a step is the local name and the position among the siblings of that name, whatever else
    /// stands between them, however many names one container holds (in arrays, and past sixteen names in a
    /// dictionary).
    /// </summary>
    public sealed class WordElementPathTests
    {
        private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

        [Theory]
        [InlineData("body", "p", 1, "body/p[1]")]
        [InlineData("body/tbl[2]/tr[5]", "tc", 3, "body/tbl[2]/tr[5]/tc[3]")]
        [InlineData("body", "p", 10, "body/p[10]")]
        [InlineData("body", "p", 123456, "body/p[123456]")]
        public void A_child_step_is_written_as_name_and_position(string parent, string name, int position, string expected)
        {
            Assert.Equal(expected, ElementPath.Of(parent).Child(name, position).ToString());
        }

        [Fact]
        public void A_path_is_written_once_its_parents_are_written_from_the_top()
        {
            ElementPath cell = ElementPath.Of("body").Child("tbl", 2).Child("tr", 5).Child("tc", 3);
            SourceLocation location = SourceLocation.AtElement(cell);
            Assert.Equal("body/tbl[2]/tr[5]/tc[3]", location.Path);
            Assert.Same(location.Path, cell.ToString()); // kept once written
            Assert.Equal(SourceLocation.AtElement("body/tbl[2]/tr[5]/tc[3]"), location); // equal to the same path given as text
            Assert.Equal(SourceLocation.AtElement("body/tbl[2]/tr[5]/tc[3]").GetHashCode(), location.GetHashCode());
            Assert.False(location.IsNone);
        }

        [Fact]
        public void Paths_below_a_paragraph_count_siblings_as_the_tree_has_them_for_every_text_box()
        {
            // Runs of two kinds interleaved, some with two text boxes, one box inside another's shape: every element's
            // position among its same-name siblings, from the paragraph down.
            XNamespace v = "urn:schemas-microsoft-com:vml";
            var paragraph = new XElement(W + "p", new XElement(W + "pPr"));
            for (int i = 0; i < 40; i++)
            {
                var run = new XElement(W + "r");
                if (i % 3 == 0) run.Add(new XElement(W + "t", "x"));
                for (int box = 0; box < 1 + i % 2; box++)
                    run.Add(new XElement(W + "pict", new XElement(v + "shape", new XElement(v + "textbox", new XElement(W + "txbxContent", new XElement(W + "p"))))));
                paragraph.Add(i % 5 == 0 ? new XElement(W + "ins", run) : run);
            }
            List<XElement> boxes = paragraph.Descendants(W + "txbxContent").ToList();
            Assert.True(boxes.Count > 40);

            var positions = new SiblingPositions();
            foreach (XElement box in boxes)
            {
                string expected = "body/p[1]";
                foreach (XElement step in box.AncestorsAndSelf().TakeWhile(e => e != paragraph).Reverse())
                    expected += "/" + step.Name.LocalName + "[" + (step.ElementsBeforeSelf().Count(b => b.Name == step.Name) + 1) + "]";
                Assert.Equal(expected, WordElementPaths.Below("body/p[1]", paragraph, box, positions));
            }
        }

        private static List<XElement> Walked(WordXml.ChildElementEnumerator children)
        {
            var walked = new List<XElement>();
            foreach (XElement child in children) walked.Add(child);
            return walked;
        }

        [Fact]
        public void Child_elements_are_walked_as_linq_to_xml_gives_them()
        {
            var parent = new XElement(W + "p",
                new XText("lead"), new XElement(W + "pPr"), new XComment("note"), new XElement(W + "r", new XElement(W + "t", "a")),
                new XElement(W + "r"), new XProcessingInstruction("x", "y"), new XElement("p"), new XText("tail"));
            Assert.Equal(parent.Elements(), Walked(WordXml.ChildElements(parent)));
            Assert.Equal(parent.Elements(W + "r"), Walked(WordXml.ChildElements(parent, W + "r")));
            Assert.Empty(Walked(WordXml.ChildElements(new XElement(W + "p", "text only"))));
            Assert.Empty(Walked(WordXml.ChildElements(new XElement(W + "p"))));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(17)] // the dictionary takes over
        [InlineData(40)]
        public void Siblings_are_numbered_by_name_in_document_order(int names)
        {
            // Each name three times, the body's own p between every two, so that every count runs interleaved.
            var children = new List<XElement>();
            for (int round = 0; round < 3; round++)
                for (int n = 0; n < names; n++)
                {
                    children.Add(new XElement(W + ("x" + n)));
                    children.Add(new XElement(W + "p"));
                }
            var container = new XElement(W + "body", children);
            using SiblingTally<XName> siblings = SiblingTally<XName>.Rent();
            ElementPath body = ElementPath.Of("body");
            List<string> actual = container.Elements().Select(e => body.Next(e, siblings).ToString()).ToList();
            List<string> expected = container.Elements()
                .Select(e => "body/" + e.Name.LocalName + "[" + (e.ElementsBeforeSelf().Count(b => b.Name == e.Name) + 1) + "]")
                .ToList();
            Assert.Equal(expected, actual);
            Assert.Contains($"body/x{names - 1}[3]", actual);
            Assert.Contains($"body/p[{3 * names}]", actual);
        }
    }
}
