using System;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// One spare object of a type per thread, for scratch a reader fills for every text and empties after: taken while in
    /// use (so a nested user of the same type makes its own, never shares it), given back emptied, and given back only
    /// while it stays small, so that what a thread keeps stays bounded. Where a reader made a new one for every text,
    /// grown from empty each time.
    /// </summary>
    internal static class ThreadSpare<T> where T : class
    {
        [ThreadStatic] private static T? _spare;

        /// <summary>This thread's spare, the caller's until it gives it back; null when there is none.</summary>
        public static T? Take()
        {
            T? spare = _spare;
            _spare = null;
            return spare;
        }

        /// <summary>Keeps an emptied object for this thread's next <see cref="Take"/>.</summary>
        public static void Give(T emptied) => _spare = emptied;
    }
}
