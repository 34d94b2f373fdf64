using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Xml;
using System.Xml.Linq;

namespace SchemaGen.Documents.Word
{
    /// <summary>What loading one XML part gave: the tree (possibly partial), and what went wrong.</summary>
    internal sealed class LoadedXml
    {
        public LoadedXml(XElement? root, LoadProblem problem, string? detail, int elementsTooDeep)
        {
            Root = root;
            Problem = problem;
            Detail = detail;
            ElementsTooDeep = elementsTooDeep;
        }

        /// <summary>The root element; when <see cref="Problem"/> is <see cref="LoadProblem.Damaged"/>, what came before the damage.</summary>
        public XElement? Root { get; }

        public LoadProblem Problem { get; }

        /// <summary>The parser's own words about the damage, for the note.</summary>
        public string? Detail { get; }

        /// <summary>Elements nested deeper than the limit, left out of the tree (with their content).</summary>
        public int ElementsTooDeep { get; }
    }

    internal enum LoadProblem
    {
        None,
        /// <summary>The XML breaks off or is not well-formed part way: <see cref="LoadedXml.Root"/> holds what came before.</summary>
        Damaged,
        /// <summary>The part inflates past <see cref="WordReadLimits.MaxPartBytes"/>; nothing is kept.</summary>
        TooLarge,
    }

    /// <summary>
    /// Loads one XML part of the package into an <see cref="XElement"/> tree, once, with the limits a hostile file needs:
    /// the inflated size is capped (a zip bomb stops at the cap instead of filling memory), elements nested deeper than
    /// <see cref="WordReadLimits.MaxElementDepth"/> are left out (so no recursion over the tree can run out of stack),
    /// DTDs are refused (no entity expansion), and a part that breaks off keeps what came before the break.
    /// Strict (ISO 29500) WordprocessingML names are mapped onto the transitional ones, so the rest of the reader
    /// knows one vocabulary.
    /// </summary>
    internal static class BoundedXmlLoader
    {
        private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

        public static LoadedXml Load(Stream stream, CancellationToken cancellationToken)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = false,
                CloseInput = false,
            };
            var open = new Stack<XElement>();
            var names = new NameCache();
            XElement? root = null;
            int tooDeep = 0;
            int nodes = 0;
            try
            {
                using var bounded = new BoundedReadStream(stream, WordReadLimits.MaxPartBytes);
                using XmlReader reader = XmlReader.Create(bounded, settings);
                bool more = reader.Read();
                while (more)
                {
                    if ((++nodes & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                    if (reader.NodeType == XmlNodeType.Element && open.Count >= WordReadLimits.MaxElementDepth)
                    {
                        // Skip reads past the whole subtree and stops on the node after it, which is handled next round.
                        tooDeep++;
                        reader.Skip();
                        more = !reader.EOF;
                        continue;
                    }
                    AddCurrentNode(reader, open, names, ref root);
                    more = reader.Read();
                }
                return new LoadedXml(root, LoadProblem.None, null, tooDeep);
            }
            catch (PartTooLargeException)
            {
                return new LoadedXml(null, LoadProblem.TooLarge, null, tooDeep);
            }
            catch (Exception ex) when (ex is XmlException || ex is InvalidDataException || ex is IOException)
            {
                return new LoadedXml(root, LoadProblem.Damaged, ex.Message, tooDeep);
            }
        }

        /// <summary>Adds the reader's current node to the tree (comments, whitespace between elements and the like add nothing).</summary>
        private static void AddCurrentNode(XmlReader reader, Stack<XElement> open, NameCache names, ref XElement? root)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    StartElement(reader, open, names, ref root);
                    break;
                case XmlNodeType.EndElement:
                    if (open.Count > 0) open.Pop();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                    if (open.Count > 0) open.Peek().Add(new XText(reader.Value));
                    break;
            }
        }

        private static void StartElement(XmlReader reader, Stack<XElement> open, NameCache names, ref XElement? root)
        {
            var element = new XElement(names.Of(reader.NamespaceURI, reader.LocalName));
            bool isEmpty = reader.IsEmptyElement;
            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    if (reader.NamespaceURI == XmlnsNamespace) continue;
                    XName name = names.Of(reader.NamespaceURI, reader.LocalName);
                    if (element.Attribute(name) is null) element.Add(new XAttribute(name, reader.Value));
                }
                while (reader.MoveToNextAttribute());
                reader.MoveToElement();
            }
            if (open.Count > 0) open.Peek().Add(element);
            else root ??= element;
            if (!isEmpty) open.Push(element);
        }

        /// <summary>
        /// Names for the tree, with the Strict namespace mapped onto the transitional one. The reader hands out the same
        /// string instance for a namespace each time (its name table), so looking up the last one by reference saves
        /// hashing a long URI for nearly every element and attribute.
        /// </summary>
        private sealed class NameCache
        {
            private string? _lastUri;
            private XNamespace _lastNamespace = XNamespace.None;

            public XName Of(string namespaceUri, string localName)
            {
                if (!ReferenceEquals(namespaceUri, _lastUri))
                {
                    _lastNamespace = namespaceUri == WordXml.StrictW.NamespaceName ? WordXml.W : XNamespace.Get(namespaceUri);
                    _lastUri = namespaceUri;
                }
                return _lastNamespace.GetName(localName);
            }
        }

        /// <summary>Thrown by <see cref="BoundedReadStream"/> when a part inflates past its cap.</summary>
        private sealed class PartTooLargeException : Exception
        {
        }

        /// <summary>Passes reads through until <c>limit</c> bytes have been read, then refuses to go on.</summary>
        private sealed class BoundedReadStream : Stream
        {
            private readonly Stream _inner;
            private readonly long _limit;
            private long _read;

            public BoundedReadStream(Stream inner, long limit)
            {
                _inner = inner;
                _limit = limit;
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => _read; set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                int read = _inner.Read(buffer, offset, count);
                _read += read;
                if (_read > _limit) throw new PartTooLargeException();
                return read;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
