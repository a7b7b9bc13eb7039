-- Hand-written Read instances with readPrec (parens, prec, lexP, +++, step),
-- readMaybe/readEither on user input, and Show round trips.
module Main (main) where

import Text.Read
import Text.Read.Lex (Lexeme(..), numberToInteger)
import qualified Text.ParserCombinators.ReadPrec as RP
import Data.Char (isDigit)

data Temp = Celsius Double | Fahrenheit Double deriving (Show, Eq)

instance Read Temp where
  readPrec = parens $ prec 10 $ do
    v <- step readPrec
    Ident u <- lexP
    case u of
      "C" -> return (Celsius v)
      "F" -> return (Fahrenheit v)
      _ -> pfail

data Shape = Circle Double | Poly [(Int, Int)] deriving (Show, Read, Eq)

newtype Version = Version [Int] deriving (Eq, Ord)
instance Show Version where
  show (Version xs) = "v" ++ concatMap (\(i, x) -> (if i > 0 then "." else "") ++ show x) (zip [0 :: Int ..] xs)
instance Read Version where
  readPrec = do
    Ident ('v' : first) <- lexP
    rest <- many' (do { Symbol "." <- lexP; Number n <- lexP; maybe pfail return (numberToInteger n) })
    if all isDigit first && not (null first) then return (Version (read first : map fromInteger rest)) else pfail
    where many' p = (do { x <- p; xs <- many' p; return (x : xs) }) RP.<++ return []

main :: IO ()
main = do
  print (read "21.5 C" :: Temp, read "(-40 F)" :: Temp)
  print (readMaybe "12 K" :: Maybe Temp, readEither "nonsense" :: Either String Temp)
  print (readMaybe "3.5" :: Maybe Double, readMaybe "3.5" :: Maybe Int, readEither "  7  " :: Either String Int)
  print (read "[Circle 1.5, Poly [(0,0),(1,-1)]]" :: [Shape])
  let shapes = [Circle (-2), Poly []]
  print (read (show shapes) == shapes)
  print (read "v1" :: Version, read "v4.15.1" :: Version, readMaybe "x1.2" :: Maybe Version)
  print (map readMaybe ["1", "-2", "+3", "0x1F", "1e3", "1_000", ""] :: [Maybe Int])
  print (map readMaybe ["1", "-2.5", ".5", "1e3", "NaN", "Infinity", "1.", "2e-2"] :: [Maybe Double])
  print (reads "(1,True) tail" :: [((Int, Bool), String)], readMaybe "'x'" :: Maybe Char, readMaybe "\"s\\n\"" :: Maybe String)
  print (readEither "[1,2,]" :: Either String [Int], read " ( ( 5 ) ) " :: Int, readMaybe "Just Nothing" :: Maybe (Maybe (Maybe Int)))
  print (lex "  hello world", lex "<= 3", lex "'a' rest", lex "12.5e3x")
