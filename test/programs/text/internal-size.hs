-- Data.Text.Internal.Fusion.Size: bounds, their arithmetic (clamped
-- subtraction, overflow errors, no abs/signum) and comparisons.
import Data.Text.Internal.Fusion.Size
import Control.Exception
t :: String -> Size -> IO ()
t l x = do { r <- try (evaluate x); putStrLn (l ++ ": " ++ either (\e -> "ERR " ++ show (e :: SomeException)) show r) }

main :: IO ()
main = do
  let ss = [exactSize 3, maxSize 5, betweenSize 2 7, unknownSize, exactSize 0, betweenSize 0 0, codePointsSize 4, charSize 'a', charSize '\x10000', maxSize 0]
  print ss
  mapM_ (\s -> print (s, exactly s, isEmpty s, lowerBound 9 s, upperBound 9 s)) ss
  sequence_ [ print (a, b, a + b, a - b, a * b, compareSize a b, larger a b, smaller a b, unionSize a b, a == b) | a <- take 5 ss, b <- take 5 ss ]
  print (map negate (take 5 ss))
  print (fromInteger 5 :: Size, fromInteger (-2) :: Size)
  r <- try (evaluate (exactSize (-1))) ; print (r :: Either SomeException Size)
  r2 <- try (evaluate (exactSize maxBound + exactSize 1)) ; print (r2 :: Either SomeException Size)
  r3 <- try (evaluate (exactSize maxBound * exactSize 2)) ; print (r3 :: Either SomeException Size)
  r4 <- try (evaluate (betweenSize 5 2)) ; print (r4 :: Either SomeException Size)
  print (showsPrec 11 (exactSize 3) "")
  t "neg" (negate (exactSize 3)); t "abs" (abs (exactSize 3)); t "signum" (signum (exactSize 3))
  t "fi5" (fromInteger 5); t "fim2" (fromInteger (-2)); t "negU" (negate unknownSize)
  t "exm1" (exactSize (-1)); t "max-1" (maxSize (-1)); t "b52" (betweenSize 5 2); t "bm1" (betweenSize (-1) 3)
  t "cps" (codePointsSize (-1)); t "addovf" (exactSize maxBound + exactSize 1); t "mulovf" (exactSize maxBound * exactSize 2)
  t "addovf2" (betweenSize 0 maxBound + betweenSize 0 1)
  t "mulovf2" (betweenSize 0 (maxBound `div` 2) * betweenSize 1 3)
  t "sub" (betweenSize 3 3 - betweenSize 5 5); t "sub2" (betweenSize 4 9 - betweenSize 1 2)
  t "sub3" (unknownSize - exactSize 3); t "sub4" (exactSize 3 - unknownSize)
  print (compareSize (betweenSize 3 4) (betweenSize 5 6), compareSize (betweenSize 3 5) (betweenSize 5 6), compareSize (betweenSize 7 9) (betweenSize 5 6), compareSize (betweenSize 6 9) (betweenSize 5 6))
  print (isEmpty (betweenSize 0 0), isEmpty (betweenSize 0 1), smaller (betweenSize 2 9) (betweenSize 4 5), larger (betweenSize 2 9) (betweenSize 4 5))
  print (exactly (betweenSize 2 2), exactly unknownSize, exactSize 2 /= maxSize 2)
  t "fib" (fromInteger (2^70))
  t "a1" (exactSize (-1) + exactSize 0); t "a2" (exactSize (-1) + exactSize 1); t "a3" (betweenSize (-5) 3 + exactSize 2); t "m1" (exactSize (-2) * exactSize 3)
