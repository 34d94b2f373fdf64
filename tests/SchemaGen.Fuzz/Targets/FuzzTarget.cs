using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Fuzz
{
    /// <summary>
    /// A property an input broke that is not an exception of the code under test: a reader's "unexpected failure" note
    /// (the reader caught its own exception), an unknown diagnostic id, a reading without one of the schema's tables.
    /// To afl-fuzz it is a crash like any escaped exception.
    /// </summary>
    public sealed class PropertyViolation : Exception
    {
        public PropertyViolation(string message) : base(message) { }
    }

    /// <summary>
    /// One fuzzing harness: feeds one input to the code under test and checks what must hold for every input. It throws
    /// when something does not hold (an escaped exception is rethrown as it is; a broken property is a
    /// <see cref="PropertyViolation"/>). Harnesses are deterministic: the same bytes always run the same way.
    /// </summary>
    public abstract class FuzzTarget
    {
        /// <summary>The name that selects it on the command line.</summary>
        public abstract string Name { get; }

        public abstract string Description { get; }

        /// <summary>An input running longer than this is a hang (afl-fuzz's -t, the built-in run's limit).</summary>
        public virtual TimeSpan TimeLimit => TimeSpan.FromSeconds(5);

        /// <summary>Inputs are cut to this size before they run (afl-fuzz may make them longer).</summary>
        public virtual int MaxInputBytes => 1024 * 1024;

        /// <summary>The dictionary's file name under Dictionaries/, or null.</summary>
        public virtual string? Dictionary => null;

        /// <summary>The seed corpus.</summary>
        public abstract IReadOnlyList<Seed> LoadSeeds();

        /// <summary>
        /// Whether inputs matching a known open crash are left out (so that a run does not stop at, or spend its time
        /// restarting after, a crash that is reported and awaits its fix). <c>SCHEMAGEN_FUZZ_KNOWN=run</c> runs them too.
        /// </summary>
        public static bool SkipKnownOpenCrashes { get; set; } = Environment.GetEnvironmentVariable("SCHEMAGEN_FUZZ_KNOWN") != "run";

        /// <summary>
        /// The known open crash an input would hit (reported, with a skipped regression test), or null. Each entry names the
        /// regression test; delete it when the crash is fixed.
        /// </summary>
        public virtual string? KnownOpenCrash(byte[] input) => null;

        /// <summary>Runs one input; throws when a property does not hold. False when the input was left out as a known open crash.</summary>
        public bool Run(ReadOnlySpan<byte> input)
        {
            byte[] bytes = (input.Length > MaxInputBytes ? input.Slice(0, MaxInputBytes) : input).ToArray();
            if (SkipKnownOpenCrashes && KnownOpenCrash(bytes) is not null) return false;
            Execute(bytes);
            return true;
        }

        protected abstract void Execute(byte[] input);

        /// <summary>Every harness, in a fixed order.</summary>
        public static IReadOnlyList<FuzzTarget> All { get; } = new FuzzTarget[]
        {
            new SchemaTarget(), new RuleTarget(), new TextTarget(), new HtmlTarget(), new WordTarget(), new PdfTarget(),
        };

        public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

        public override string ToString() => Name;
    }
}
