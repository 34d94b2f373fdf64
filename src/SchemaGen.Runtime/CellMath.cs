namespace SchemaGen.Runtime
{
    /// <summary>Arithmetic on cells that may be blank ("not stated"): blanks add as 0, and a sum of only blanks stays blank.</summary>
    public static class CellMath
    {
        public static int? Sum(params int?[] parts)
        {
            int? total = null;
            foreach (int? part in parts)
                if (part.HasValue) total = (total ?? 0) + part.Value;
            return total;
        }

        public static decimal? Sum(params decimal?[] parts)
        {
            decimal? total = null;
            foreach (decimal? part in parts)
                if (part.HasValue) total = (total ?? 0m) + part.Value;
            return total;
        }

        public static int? Negate(int? value) => -value;

        public static decimal? Negate(decimal? value) => -value;
    }
}
