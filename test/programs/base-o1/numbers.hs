-- Numeric internals -O1 code calls: reading numbers (Text.Read.Lex),
-- Ratio's properFraction, lcm and (^) specialisations, replicateM's
-- worker, ReadP's count, Data.Char/GHC.Unicode workers on known chars.
import Control.Monad
import Data.Char
import Data.Ratio
import Numeric
import Text.ParserCombinators.ReadP
import Text.Read (readMaybe)
import Data.Complex

{-# NOINLINE inputs #-}
inputs :: [String]
inputs = ["3.25", "1e3", "-0.5", "12", "0x1F", "1.5e-3", "NaN", "Infinity", "2.5e400", "7 % 3"]

{-# NOINLINE n3 #-}
n3 :: Int
n3 = 3

main :: IO ()
main = do
  print (map readMaybe inputs :: [Maybe Double])
  print (map readMaybe inputs :: [Maybe Float])
  print (map readMaybe inputs :: [Maybe Rational])
  print (map readMaybe inputs :: [Maybe Int])
  print (map (\s -> fst <$> listToMaybe' (readFloat s)) ["2.75", "1e2"] :: [Maybe Rational])
  print [properFraction (x % 7) :: (Integer, Rational) | x <- [-15, 3, 22 :: Integer]]
  print [properFraction (x % 4) :: (Int, Ratio Int) | x <- [-9, 9 :: Int]]
  print [lcm a b | a <- [4, 6, 0 :: Int], b <- [10, 15]]
  print [lcm a b | a <- [4, 6 :: Word], b <- [10, 15]]
  print [x ^ n3 | x <- [2, 3 :: Integer]]
  print [(fromRational (x % 3) :: Double, fromRational (x % 3) :: Float) | x <- [1, 2, 10 ^ 20]]
  xs <- replicateM n3 (return 'z')
  replicateM_ n3 (putStr "!")
  putStrLn xs
  print (readP_to_S (count n3 (satisfy isDigit)) "12345")
  let c = head (show n3)
  print (isLetter c, isMark c, isNumber c, isSeparator c, isPunctuation c, isSymbol c, isSpace c, generalCategory c)
  print [(isLetter ch, isNumber ch, generalCategory ch) | ch <- "a1 \768\8364"]
  print (mkPolar 1 (pi / 4) :: Complex Double, cis 0.5 :: Complex Float)
  where
    listToMaybe' ((x, "") : _) = Just (x, "")
    listToMaybe' _ = Nothing
