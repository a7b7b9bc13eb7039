-- Reads lines "<function> <hex bits> [<hex bits>]" and prints the hex bits of
-- the result as the GHC-compiled program computes it (through glibc's libm).
-- Double functions take 16-digit hex words, Float ones (suffix f) 8-digit.
import Data.Word (Word32, Word64)
import GHC.Float (castDoubleToWord64, castWord64ToDouble, castFloatToWord32, castWord32ToFloat)
import Numeric (showHex, readHex, log1p, expm1)

dfun :: String -> Maybe (Double -> Double)
dfun n = lookup n
  [ ("exp", exp), ("log", log), ("sin", sin), ("cos", cos), ("tan", tan)
  , ("asin", asin), ("acos", acos), ("atan", atan), ("sinh", sinh), ("cosh", cosh)
  , ("tanh", tanh), ("asinh", asinh), ("acosh", acosh), ("atanh", atanh)
  , ("log1p", log1p), ("expm1", expm1) ]

ffun :: String -> Maybe (Float -> Float)
ffun n = lookup n
  [ ("expf", exp), ("logf", log), ("sinf", sin), ("cosf", cos), ("tanf", tan)
  , ("asinf", asin), ("acosf", acos), ("atanf", atan), ("sinhf", sinh), ("coshf", cosh)
  , ("tanhf", tanh), ("asinhf", asinh), ("acoshf", acosh), ("atanhf", atanh)
  , ("log1pf", log1p), ("expm1f", expm1) ]

hex :: String -> Integer
hex s = case readHex s of { [(v, "")] -> v; _ -> error ("bad hex " ++ s) }

d :: String -> Double
d = castWord64ToDouble . fromInteger . hex

f :: String -> Float
f = castWord32ToFloat . fromInteger . hex

pd :: Double -> String
pd x = pad 16 (showHex (castDoubleToWord64 x) "")

pf :: Float -> String
pf x = pad 8 (showHex (castFloatToWord32 x) "")

pad :: Int -> String -> String
pad n s = replicate (n - length s) '0' ++ s

eval :: [String] -> String
eval ["pow", a, b] = pd (d a ** d b)
eval ["powf", a, b] = pf (f a ** f b)
eval [n, a] = case (dfun n, ffun n) of
  (Just g, _) -> pd (g (d a))
  (_, Just g) -> pf (g (f a))
  _ -> error ("unknown function " ++ n)
eval ws = error ("bad line " ++ unwords ws)

main :: IO ()
main = interact (unlines . map (eval . words) . lines)
