using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SchemaGen.Documents.Html;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>
    /// The path steps of an element's children (<c>td[2]</c>): numbered among the siblings of the same name only when the
    /// name repeats, text nodes without a step, whether a parent's children have one name, a few, more than fit the
    /// reused array, or more than the linear count takes (counted in a dictionary then).
    /// </summary>
    public sealed class ElementPathsTests
    {
        private static IElement Parent(string children) => new HtmlParser().ParseDocument("<html><body><div id=p>" + children + "</div></body></html>").GetElementById("p")!;

        /// <summary>The steps as the convention defines them, counted the plain way.</summary>
        private static List<string?> Expected(IElement parent)
        {
            var steps = new List<string?>();
            foreach (INode node in parent.ChildNodes)
            {
                if (node is not IElement element)
                {
                    steps.Add(null);
                    continue;
                }
                var same = parent.Children.Where(c => c.LocalName == element.LocalName).ToList();
                steps.Add(same.Count > 1 ? element.LocalName + "[" + (same.IndexOf(element) + 1) + "]" : element.LocalName);
            }
            return steps;
        }

        private static List<string?> Actual(IElement parent)
        {
            var steps = new List<string?>();
            foreach ((INode node, ElementStep step) in ElementPaths.Children(parent))
            {
                Assert.Same(parent.ChildNodes[steps.Count], node);
                Assert.Equal(node is IElement, step.IsElement);
                steps.Add(step.IsElement ? step.ToString() : null);
            }
            return steps;
        }

        [Fact]
        public void Repeated_names_are_numbered_and_single_ones_are_not()
        {
            IElement parent = Parent("<p>a</p>text<span>b</span><p>c</p><!-- note --><b>d</b><p>e</p>");
            Assert.Equal(new string?[] { "p[1]", null, "span", "p[2]", null, "b", "p[3]" }, Actual(parent));
        }

        [Fact]
        public void A_walk_hands_its_tally_back_to_the_thread()
        {
            IElement parent = Parent("<p>a</p><span>b</span><p>c</p>");
            int before = SiblingTally<string>.SpareCount;
            Assert.Equal(new string?[] { "p[1]", "span", "p[2]" }, Actual(parent));
            Assert.Equal(System.Math.Max(before, 1), SiblingTally<string>.SpareCount); // the one it took (or made) is back
        }

        [Fact]
        public void A_parent_without_element_children_gives_no_steps()
        {
            Assert.Equal(new string?[] { null }, Actual(Parent("only text")));
            Assert.Empty(Actual(Parent("")));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(8)]   // fills the reused array
        [InlineData(9)]   // grows it
        [InlineData(17)]  // past the linear count: a dictionary
        [InlineData(40)]
        public void Many_different_names_are_numbered_as_with_few(int names)
        {
            // Each name twice, interleaved with the first name and with text, so that every name is numbered.
            string children = string.Concat(Enumerable.Range(0, names).Select(i => $"<x-{i}>a</x-{i}><p>t</p>"))
                + string.Concat(Enumerable.Range(0, names).Select(i => $"text<x-{i}>b</x-{i}>"));
            IElement parent = Parent(children);
            List<string?> actual = Actual(parent);
            Assert.Equal(Expected(parent), actual);
            Assert.Contains($"x-{names - 1}[2]", actual);
        }

        [Fact]
        public void Nested_walks_each_keep_their_own_counts()
        {
            // An outer walk holds its counts while inner walks (of its children) run and hand theirs back.
            IElement parent = Parent("<ul><li>1</li><li>2</li><a>x</a></ul><ol><li>3</li><em>y</em><em>z</em></ol><ul><li>4</li></ul>");
            var outer = new List<string?>();
            var inner = new List<string>();
            foreach ((INode node, ElementStep step) in ElementPaths.Children(parent))
            {
                outer.Add(step.IsElement ? step.ToString() : null);
                if (node is IElement element)
                    foreach ((INode _, ElementStep childStep) in ElementPaths.Children(element))
                        if (childStep.IsElement) inner.Add(ElementPaths.Append(step.ToString(), childStep));
            }
            Assert.Equal(new string?[] { "ul[1]", "ol", "ul[2]" }, outer);
            Assert.Equal(new[] { "ul[1]/li[1]", "ul[1]/li[2]", "ul[1]/a", "ol/li", "ol/em[1]", "ol/em[2]", "ul[2]/li" }, inner);
        }

        [Theory]
        [InlineData("", "td", 0, "td")]
        [InlineData("", "td", 3, "td[3]")]
        [InlineData("body/table/tbody", "tr", 0, "body/table/tbody/tr")]
        [InlineData("body/table/tbody", "tr", 12, "body/table/tbody/tr[12]")]
        [InlineData("body", "p", 100, "body/p[100]")]
        public void A_step_appends_as_the_convention_writes_it(string path, string name, int position, string expected)
        {
            Assert.Equal(expected, ElementPaths.Append(path, new ElementStep(name, position)));
        }

        [Fact]
        public void A_lazy_path_writes_what_appending_each_step_writes_and_keeps_it()
        {
            ElementPath body = ElementPath.Of("body");
            ElementPath div = body.Child(new ElementStep("div", 2));
            ElementPath cell = div.Child(new ElementStep("table", 0)).Child(new ElementStep("tr", 3)).Child(new ElementStep("td", 1));
            Assert.Equal("body/div[2]/table/tr[3]/td[1]", cell.ToString());
            Assert.Same(cell.ToString(), cell.ToString());
            Assert.Equal("body/div[2]", div.ToString());
        }
    }
}
