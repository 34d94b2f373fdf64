using System;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// <see cref="CellMath.AddTerm"/> is what the rule checks and the digit-run searches add a term with: it must give the
    /// decimal that adding the product gives, to the bit (scale and the sign of a zero included), since sums are printed in
    /// findings. Sums of random terms over values with every scale and both zeros, with ±1 and other coefficients.
    /// </summary>
    public sealed class CellMathTests
    {
        private static readonly decimal[] Values =
        {
            0m, 0.0m, 0.00m, decimal.Negate(0m), decimal.Negate(0.00m), 1m, 1.0m, 12.30m, 12.3m, -5m, 7.25m, 100m, 0.01m,
            99_999_999_999m, 3.140m, -0.5m,
        };

        [Fact]
        public void A_term_added_is_the_product_added_to_the_bit()
        {
            var random = new Random(20261202);
            for (int trial = 0; trial < 20_000; trial++)
            {
                decimal byProduct = 0m, byTerm = 0m;
                int terms = random.Next(1, 8);
                for (int i = 0; i < terms; i++)
                {
                    int coefficient = random.Next(3) switch { 0 => 1, 1 => -1, _ => random.Next(-3, 4) };
                    decimal value = Values[random.Next(Values.Length)];
                    byProduct += coefficient * value;
                    byTerm = CellMath.AddTerm(byTerm, coefficient, value);
                }
                Assert.Equal(decimal.GetBits(byProduct), decimal.GetBits(byTerm));
            }
        }

        [Fact]
        public void A_sum_of_one_to_three_parts_is_the_params_sum_to_the_bit()
        {
            // Blanks, both zeros and every scale, in every order: the overloads must give what the array form gives.
            decimal?[] parts = new decimal?[Values.Length + 1];
            for (int i = 0; i < Values.Length; i++) parts[i] = Values[i];
            parts[Values.Length] = null;
            int compared = 0;
            foreach (decimal? a in parts)
            {
                Same(CellMath.Sum(new[] { a }), CellMath.Sum(a));
                foreach (decimal? b in parts)
                {
                    Same(CellMath.Sum(new[] { a, b }), CellMath.Sum(a, b));
                    foreach (decimal? c in parts)
                    {
                        Same(CellMath.Sum(new[] { a, b, c }), CellMath.Sum(a, b, c));
                        compared++;
                    }
                }
            }
            Assert.Equal(parts.Length * parts.Length * parts.Length, compared);
            Assert.Null(CellMath.Sum((decimal?)null, null)); // a sum of only blanks stays blank
        }

        private static void Same(decimal? expected, decimal? actual)
        {
            Assert.Equal(expected.HasValue, actual.HasValue);
            if (expected.HasValue) Assert.Equal(decimal.GetBits(expected.Value), decimal.GetBits(actual!.Value));
        }
    }
}
