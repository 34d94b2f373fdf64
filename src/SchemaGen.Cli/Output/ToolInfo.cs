using System.Reflection;

namespace SchemaGen.Cli.Output
{
    internal static class ToolInfo
    {
        public static string Version { get; } =
            (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
    }
}
