using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Scriban.Runtime;

namespace SchemaGen.Generator.Emit
{
    /// <summary>
    /// Where a template writes: full pieces of <see cref="GeneratedText.PieceLength"/> characters, each made a string
    /// once, with every "\r\n" written as "\n" (a template checked out with Windows line ends writes the same bytes).
    /// In place of Scriban's StringBuilder, whose text came out as one large string (see <see cref="GeneratedText"/>).
    /// </summary>
    internal sealed class TextPieces : IScriptOutput
    {
        /// <summary>The buffer of the thread's last render, taken by the next: a generator run renders some thirty files.</summary>
        [ThreadStatic]
        private static char[]? _spareBuffer;

        private readonly List<string> _pieces = new();
        private readonly char[] _buffer = TakeSpareBuffer();
        private int _buffered;
        private int _length;
        private bool _done;

        public void Write(string text, int offset, int count)
        {
            if (_done) throw new InvalidOperationException("a text is written after it was taken");
            int end = offset + count;
            // A '\n' after a '\r' already written (the pair split between two writes) takes the '\r''s place. The buffer
            // is only emptied when a character follows, so a '\r' last written is still in it.
            if (count > 0 && text[offset] == '\n' && _buffered > 0 && _buffer[_buffered - 1] == '\r')
            {
                _buffer[_buffered - 1] = '\n';
                offset++;
            }
            while (offset < end)
            {
                int pair = text.IndexOf("\r\n", offset, end - offset, StringComparison.Ordinal);
                if (pair < 0)
                {
                    Append(text, offset, end - offset);
                    return;
                }
                Append(text, offset, pair - offset + 1);
                _buffer[_buffered - 1] = '\n';
                offset = pair + 2;
            }
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return default;
        }

        /// <summary>The text written, once: the buffer goes to the thread's next render.</summary>
        public GeneratedText ToText()
        {
            if (_done) throw new InvalidOperationException("a text is taken twice");
            _done = true;
            var pieces = new string[_pieces.Count + (_buffered > 0 ? 1 : 0)];
            _pieces.CopyTo(pieces);
            if (_buffered > 0) pieces[pieces.Length - 1] = new string(_buffer, 0, _buffered);
            _spareBuffer = _buffer;
            return new GeneratedText(pieces, _length);
        }

        private static char[] TakeSpareBuffer()
        {
            char[] buffer = _spareBuffer ?? new char[GeneratedText.PieceLength];
            _spareBuffer = null;
            return buffer;
        }

        private void Append(string text, int offset, int count)
        {
            while (count > 0)
            {
                if (_buffered == _buffer.Length)
                {
                    _pieces.Add(new string(_buffer));
                    _buffered = 0;
                }
                int taken = Math.Min(count, _buffer.Length - _buffered);
                text.CopyTo(offset, _buffer, _buffered, taken);
                _buffered += taken;
                _length += taken;
                offset += taken;
                count -= taken;
            }
        }
    }
}
