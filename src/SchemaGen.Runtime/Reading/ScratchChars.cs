using System;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// A per-thread character buffer that a method fills and copies out of before it is used again, so that text
    /// folded or unwrapped for every cell and section does not take a new array each time. Each user keeps its own
    /// [ThreadStatic] field (one user's buffer is never lent to another's callee). A buffer made for one huge text is
    /// used once and not kept: what a thread keeps stays bounded.
    /// </summary>
    internal static class ScratchChars
    {
        private const int MaxKept = 1 << 20;

        /// <summary>The thread's buffer in <paramref name="kept"/> when it holds <paramref name="length"/> characters, else a new one (kept when not huge).</summary>
        public static char[] AtLeast(ref char[]? kept, int length, int least = 256)
        {
            if (kept is not null && kept.Length >= length) return kept;
            var made = new char[Math.Max(length, least)];
            if (made.Length <= MaxKept) kept = made;
            return made;
        }
    }
}
