using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;

namespace SchemaGen.Cli
{
    /// <summary>
    /// Ctrl-C (SIGINT) and SIGTERM as a cancellation a run can watch. The first signal asks the run to stop: no new file
    /// is started, the results already done are written and the output is closed properly (a well-formed JSON or SARIF
    /// document), and the process exits with 128 + the signal's number. A second signal ends the process at once.
    /// </summary>
    public sealed class Interruption : IDisposable
    {
        private readonly CancellationTokenSource _source = new();
        private readonly List<PosixSignalRegistration> _registrations = new();

        /// <summary>An interruption that never comes (in-process runs, tests).</summary>
        public static Interruption None { get; } = new();

        public CancellationToken Token => _source.Token;

        /// <summary>"SIGINT" or "SIGTERM" once a signal came; null before.</summary>
        public string? Signal { get; private set; }

        /// <summary>130 after SIGINT, 143 after SIGTERM: the shell's convention for a process ended by a signal.</summary>
        public int ExitCode => Signal == "SIGTERM" ? 143 : 130;

        /// <summary>Listens for SIGINT and SIGTERM in this process (on Windows: Ctrl-C, and closing or shutdown).</summary>
        public static Interruption OnSignals()
        {
            var interruption = new Interruption();
            foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            {
                try
                {
                    interruption._registrations.Add(PosixSignalRegistration.Create(signal, interruption.Handle));
                }
                catch (Exception ex) when (ex is PlatformNotSupportedException or System.IO.IOException or UnauthorizedAccessException)
                {
                    // Without the handler the signal keeps its default action, which ends the process as before.
                }
            }
            return interruption;
        }

        /// <summary>Stops the run as a signal would (for callers that host the CLI and have their own way to stop it).</summary>
        public void Trigger(string signal)
        {
            if (_source.IsCancellationRequested) return;
            Signal = signal;
            _source.Cancel();
        }

        private void Handle(PosixSignalContext context)
        {
            // A second signal keeps the default action: the user wants out now, whatever the output.
            if (_source.IsCancellationRequested) return;
            context.Cancel = true;
            Trigger(context.Signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT");
        }

        public void Dispose()
        {
            foreach (PosixSignalRegistration registration in _registrations) registration.Dispose();
            _registrations.Clear();
        }
    }
}
