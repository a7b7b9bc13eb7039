{-# LANGUAGE MagicHash #-}
-- GHC.Float's fromRat' and its unboxed IEEE bit casts (stgDoubleToWord64 ...).
import GHC.Exts (Double (D#), Float (F#), Word (W#))
import GHC.Float

main :: IO ()
main = do
  print (map fromRat' [1 / 3, 22 / 7, 1 / 10, 2 ^^ (-1074), 2 ^^ (-1075), 3 * 2 ^^ (-1076), 10 ^ 308, 2 ^ 1024, 0, -5 / 2, 123456789012345678901234567890 / 7] :: [Double])
  print (map fromRat' [1 / 3, 22 / 7, 2 ^^ (-149), 2 ^^ (-150), 16777217, 3.4028236e38] :: [Float])
  -- ties to even, the edge of the range, subnormal ties, negative values
  print (map fromRat' [1 + 2 ^^ (-53), 1 + 3 * 2 ^^ (-53), 2 ^ 1024 - 2 ^ 970, 2 ^ 1024 - 2 ^ 971, 5 * 2 ^^ (-1076), 7 * 2 ^^ (-1076), -(2 ^^ (-1022)), -(1 / 3), 9007199254740993] :: [Double])
  print (map fromRat' [1 + 2 ^^ (-24), 1 + 3 * 2 ^^ (-24), 3 * 2 ^^ (-151), -(7 / 11)] :: [Float])
  let D# d = 1.5
      F# f = -0.1
  print (W# (stgDoubleToWord64 d), W# (stgFloatToWord32 f))
  let W# w = 4611686018427387904
      W# v = 1078530011
  print (D# (stgWord64ToDouble w), F# (stgWord32ToFloat v))
