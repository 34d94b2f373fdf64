using System;
using System.Collections.Generic;
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
        /// struct, the first name is counted in it (most parents have children of one name: rows, cells, items), and more
        /// names in an array this thread reuses (walks nest, so several are out at once). Many different names under one
        /// parent, the rare case, go to a dictionary, so that no page makes the count quadratic.
        /// </summary>
        public struct ChildSteps
        {
            /// <summary>More different element names than this under one parent are counted in a dictionary.</summary>
            private const int LinearNames = 16;

            private const int First = -1;
            private const int Absent = -2;

            private readonly INodeList _nodes;
            private NameCount _first;
            private NameCount[]? _more;
            private int _moreCount;
            private Dictionary<string, int>? _byName;
            private int _index;

            internal ChildSteps(INodeList nodes)
            {
                _nodes = nodes;
                _first = default;
                _more = null;
                _moreCount = 0;
                _byName = null;
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
                int slot = Find(name);
                int total, seen;
                if (slot == First)
                {
                    total = _first.Total;
                    seen = ++_first.Seen;
                }
                else
                {
                    total = _more![slot].Total;
                    seen = ++_more[slot].Seen;
                }
                Current = (node, new ElementStep(name, total > 1 ? seen : 0));
                return true;
            }

            /// <summary>Hands the array of further names back to this thread (a foreach calls this at its end).</summary>
            public void Dispose()
            {
                if (_more is null) return;
                NameCountArrays.Return(_more, _moreCount);
                _more = null;
            }

            private void CountNames()
            {
                for (int i = 0; i < _nodes.Length; i++)
                {
                    if (_nodes[i] is not IElement element) continue;
                    string name = element.LocalName;
                    if (_first.Name is null) _first = new NameCount(name);
                    int slot = Find(name);
                    if (slot == First)
                    {
                        _first.Total++;
                        continue;
                    }
                    if (slot == Absent) slot = Add(name); // before _more is read: Add may make or replace it
                    _more![slot].Total++;
                }
            }

            /// <summary>Where the name is counted: <see cref="First"/>, an index into the further names, or <see cref="Absent"/>.</summary>
            private int Find(string name)
            {
                if (string.Equals(_first.Name, name, StringComparison.Ordinal)) return First;
                if (_byName is not null) return _byName.TryGetValue(name, out int slot) ? slot : Absent;
                for (int i = 0; i < _moreCount; i++)
                    if (string.Equals(_more![i].Name, name, StringComparison.Ordinal)) return i;
                return Absent;
            }

            private int Add(string name)
            {
                if (_more is null) _more = NameCountArrays.Rent();
                else if (_moreCount == _more.Length) _more = NameCountArrays.Grow(_more, _moreCount);
                _more[_moreCount] = new NameCount(name);
                if (_byName is null && _moreCount == LinearNames)
                {
                    _byName = new Dictionary<string, int>(System.StringComparer.Ordinal);
                    for (int i = 0; i < _moreCount; i++) _byName[_more[i].Name!] = i;
                }
                _byName?.Add(name, _moreCount);
                return _moreCount++;
            }
        }

        /// <summary>How many children of one parent have a name, and how many of them the walk has passed.</summary>
        private struct NameCount
        {
            public NameCount(string name)
            {
                Name = name;
                Total = 0;
                Seen = 0;
            }

            public string? Name;
            public int Total;
            public int Seen;
        }

        /// <summary>This thread's spare arrays of name counts: a walk holds one per level it is in, and hands each back.</summary>
        private static class NameCountArrays
        {
            private const int Length = 8;
            private const int Kept = 64;

            [System.ThreadStatic]
            private static Stack<NameCount[]>? _spare;

            public static NameCount[] Rent() => _spare is { Count: > 0 } spare ? spare.Pop() : new NameCount[Length];

            public static NameCount[] Grow(NameCount[] array, int count)
            {
                var larger = new NameCount[array.Length * 2];
                Array.Copy(array, larger, count);
                Return(array, count);
                return larger;
            }

            public static void Return(NameCount[] array, int count)
            {
                if (array.Length != Length) return; // grown ones (many names) are not kept
                Array.Clear(array, 0, count);
                Stack<NameCount[]> spare = _spare ??= new Stack<NameCount[]>();
                if (spare.Count < Kept) spare.Push(array);
            }
        }

        /// <summary>The path one step down, written as one string.</summary>
        public static string Append(string path, ElementStep step) => ElementPathText.Append(path, step.Name!, step.Position);

        /// <summary>The element's path and the line and column of its start tag (0 for elements the parser implied, such as a missing tbody).</summary>
        public static SourceLocation Locate(IElement element, string path)
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

    /// <summary>
    /// An element's path, written out only when asked for. The walker goes down through every element of a page, and
    /// most paths are never needed: those of inline elements and of what a table cell holds only lead to the ones that
    /// are (blocks, images). A path asked for writes its parent's once, which its siblings then share.
    /// </summary>
    internal sealed class ElementPath
    {
        private readonly ElementPath? _parent;
        private readonly ElementStep _step;
        private string? _text;

        private ElementPath(ElementPath? parent, ElementStep step, string? text)
        {
            _parent = parent;
            _step = step;
            _text = text;
        }

        /// <summary>A path known as text (the body's, a table cell's the table reader wrote).</summary>
        public static ElementPath Of(string text) => new ElementPath(null, default, text);

        public ElementPath Child(ElementStep step) => new ElementPath(this, step, null);

        public override string ToString() => _text ??= ElementPaths.Append(_parent!.ToString(), _step);
    }
}
