using System.Collections.Generic;

namespace SchemaGen.Runtime.Descriptors
{
    /// <summary>
    /// The one way labels are joined into a path: a leaf column under its groups reads 行政诉讼 › 复议后起诉 › 总计.
    /// The schema model, the generated code, the analyzers, the docs and the checker all name nested elements so.
    /// </summary>
    public static class LabelPath
    {
        public static string Join(IEnumerable<string> labels) => string.Join(" › ", labels);

        public static string Join(params string[] labels) => Join((IEnumerable<string>)labels);
    }
}
