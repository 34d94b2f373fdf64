using System;
using System.IO;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// A one-line progress bar on stderr for long batches. Drawn only when stderr is a terminal: redirected to a
    /// file or a pipe, carriage-return redraws would only litter the log, so then it writes nothing at all.
    /// </summary>
    public sealed class ProgressBar
    {
        /// <summary>Batches smaller than this finish before a bar would help.</summary>
        public const int MinimumFiles = 10;

        private const int BarWidth = 30;
        private const int LineWidth = 78;
        private readonly TextWriter _writer;
        private readonly int _total;
        private bool _drawn;

        private ProgressBar(TextWriter writer, int total)
        {
            _writer = writer;
            _total = total;
        }

        public bool Enabled => _writer != TextWriter.Null;

        /// <summary>A bar that draws when stderr is a terminal and the batch is large enough, else one that writes nothing.</summary>
        public static ProgressBar For(TextWriter error, bool errorIsTerminal, int total)
            => new(errorIsTerminal && total >= MinimumFiles ? error : TextWriter.Null, total);

        public void Report(int done, string current)
        {
            if (!Enabled) return;
            int filled = _total == 0 ? BarWidth : done * BarWidth / _total;
            string line = $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {done}/{_total} {current}";
            _writer.Write("\r" + DisplayWidth.PadRight(DisplayWidth.Truncate(line, LineWidth), LineWidth));
            _writer.Flush();
            _drawn = true;
        }

        /// <summary>Wipes the bar so that what follows starts on a clean line.</summary>
        public void Complete()
        {
            if (!Enabled || !_drawn) return;
            _writer.Write("\r" + new string(' ', LineWidth) + "\r");
            _writer.Flush();
            _drawn = false;
        }
    }
}
