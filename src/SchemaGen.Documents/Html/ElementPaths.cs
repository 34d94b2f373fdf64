using System;
using AngleSharp.Dom;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents.Html
{
    /// <summary>
    /// Element paths such as <c>body/div[2]/table/tbody/tr[3]/td[2]</c>: local names from <c>body</c> down, with a
    /// 1-based position among the siblings of the same name when there is more than one (the convention of browsers'
    /// "copy XPath"). Paths are built while walking down, so that each costs nothing extra to compute.
    /// </summary>
    internal static class ElementPaths
    {
        public const string Body = "body";

        /// <summary>Each child node in order, with the path step of those that are elements (none for text and comments).</summary>
        public static ChildSteps Children(IElement parent) => new ChildSteps(parent.ChildNodes);

        /// <summary>
        /// The children of one element with their steps, walked by index. This runs for every element of a page: an
        /// iterator and a dictionary of names per element were a tenth of the reader's bytes, so the enumerator is a
        /// struct and the names are counted in a <see cref="SiblingTally{TName}"/> this thread lends it.
        /// </summary>
        public struct ChildSteps : IDisposable
        {
            private readonly INodeList _nodes;
            private SiblingTally<string>? _names;
            private int _index;

            internal ChildSteps(INodeList nodes)
            {
                _nodes = nodes;
                _names = null;
                _index = -1;
                Current = default;
            }

            public ChildSteps GetEnumerator() => this;

            public (INode Node, ElementStep Step) Current { get; private set; }

            public bool MoveNext()
            {
                if (_index == -1) CountNames();
                if (++_index >= _nodes.Length) return false;
                INode node = _nodes[_index];
                if (node is not IElement element)
                {
                    Current = (node, default);
                    return true;
                }
                string name = element.LocalName;
                (int position, int total) = _names!.Pass(name);
                Current = (node, new ElementStep(name, total > 1 ? position : 0));
                return true;
            }

            /// <summary>Hands the tally back to this thread: a foreach calls this at its end, being IDisposable (a struct's Dispose alone it would not call).</summary>
            public void Dispose()
            {
                _names?.Dispose();
                _names = null;
            }

            private void CountNames()
            {
                for (int i = 0; i < _nodes.Length; i++)
                {
                    if (_nodes[i] is not IElement element) continue;
                    _names ??= SiblingTally<string>.Rent();
                    _names.Add(element.LocalName);
                }
            }
        }

        /// <summary>The path one step down, written as one string.</summary>
        public static string Append(string path, ElementStep step) => ElementPath.Append(path, step.Name!, step.Position);

        /// <summary>The element's path, one step below its parent's (written out only when asked for).</summary>
        public static ElementPath Child(this ElementPath path, ElementStep step) => path.Child(step.Name!, step.Position);

        /// <summary>The element's path and the line and column of its start tag (0 for elements the parser implied, such as a missing tbody).</summary>
        public static SourceLocation Locate(IElement element, ElementPath path)
        {
            ISourceReference? source = element.SourceReference;
            return source is null ? SourceLocation.AtElement(path) : SourceLocation.AtElement(path, source.Position.Line, source.Position.Column);
        }
    }
    /// <summary>
    /// One step of an element path: the element's local name, and its 1-based position among the siblings of that name
    /// (0 when it is the only one, and the step is the bare name). No name: the node is not an element.
    /// </summary>
    internal readonly struct ElementStep
    {
        public ElementStep(string name, int position)
        {
            Name = name;
            Position = position;
        }

        public string? Name { get; }

        public int Position { get; }

        public bool IsElement => Name is not null;

        public override string ToString() => Name is null ? "" : Position == 0 ? Name : ElementPaths.Append("", this);
    }
}
