using System;

namespace PackageConsumer
{
    /// <summary>The package test runs the built consumer: every accepted key must resolve at run time.</summary>
    public static class Program
    {
        public static int Main()
        {
            foreach (string line in KeyContract.Run()) Console.WriteLine(line);
            return 0;
        }
    }
}
