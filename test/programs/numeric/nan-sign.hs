-- NaN's sign bit: negate and abs flip and clear it (GHC's negateDouble#/fabsDouble#),
-- decodeFloat and floatToDigits see it, arithmetic makes x86's negative default NaN.
import Numeric (floatToDigits)
import GHC.Float (castDoubleToWord64, castFloatToWord32)
inf :: Double
inf = 1/0
nans :: [(String, Double)]
nans =
  [ ("0/0", 0/0), ("sqrt -1", sqrt (-1)), ("log -1", log (-1)), ("read", read "NaN")
  , ("inf-inf", inf - inf), ("acos 2", acos 2), ("asin 2", asin 2), ("0*inf", 0 * inf)
  , ("inf/inf", inf / inf), ("atanh 2", atanh 2), ("acosh 0", acosh 0), ("log1p -2", log (1 + (-2)))
  , ("** ", (-8) ** (1/3)), ("sin inf", sin inf), ("cos inf", cos inf), ("tan inf", tan inf)
  , ("realToFrac", realToFrac (0/0 :: Float)), ("min", min (0/0) 1), ("max", max 1 (0/0))
  , ("fromRational", fromRational (0/1) / 0), ("encode", encodeFloat 1 2000 - encodeFloat 1 2000) ]
main :: IO ()
main = do
  mapM_ (\(s, x) -> do
          let variants = [x, negate x, abs x, negate (abs x), abs (negate x), x + 1, 1 - x, x * 2, negate x * 2]
          print (s, map decodeFloat variants, map castDoubleToWord64 variants, floatToDigits 10 (abs x))) nans
  let f = 0/0 :: Float
  print (decodeFloat f, decodeFloat (negate f), decodeFloat (abs f), castFloatToWord32 f, castFloatToWord32 (negate f), castFloatToWord32 (abs f))
  print (decodeFloat (realToFrac (negate (0/0 :: Double)) :: Float))
  print (truncate (0/0 :: Double) :: Integer, truncate (negate (0/0) :: Double) :: Integer, round (abs (0/0) :: Double) :: Integer)
