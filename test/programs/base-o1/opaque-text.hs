-- Base -O1 internals whose interfaces give no unfolding (hand-written in
-- preludes/base/*+Opaque.stg): Text.Read.Lex's char lexer and Fixed
-- reader, GHC.Read's lexLitChar, Numeric's showHFloat, Data.Version,
-- GetOpt's usageInfo, System.Info, getProgName, Data.Ratio's
-- approxRational, ZipList's some/many, traceIO's NUL filter.
import Control.Applicative
import Data.Char (lexLitChar, readLitChar)
import Data.Fixed
import Data.Ratio
import Data.Version
import Debug.Trace (traceIO)
import Numeric (showHFloat)
import System.Console.GetOpt
import System.Environment (getProgName)
import System.Info (fullCompilerVersion)
import Text.ParserCombinators.ReadP (readP_to_S)
import qualified Text.Read.Lex as L
import Text.Read (readMaybe)

{-# NOINLINE texts #-}
texts :: [String]
texts = ["'a' rest", "'\\n'", "'\\&x'", "'\\\\'", "'\\1234'", "'\\SOH' z"]

data Flag = Verbose | Name String | Level (Maybe String) deriving Show

options :: [OptDescr Flag]
options =
  [ Option ['v'] ["verbose", "loud"] (NoArg Verbose) "chatty output\non two lines"
  , Option ['n'] ["name"] (ReqArg Name "NAME") "the name"
  , Option [] ["level"] (OptArg Level "N") "a level"
  , Option ['q', 'Q'] [] (NoArg Verbose) ""
  ]

main :: IO ()
main = do
  print (map (readP_to_S L.lexChar) ["a", "\\n\\&\\&b", "\\SOHx", "\\^Aq", "\\x41\\&z"])
  print (map (readMaybe :: String -> Maybe Char) texts)
  print (map lexLitChar ["\\nabc", "\\SOH", "\\&x", "a\\&b", "\\1234x", "\\SO\\&H"])
  print (map readLitChar ["\\nabc", "\\SO\\&H", "x"])
  print (map (readMaybe :: String -> Maybe Milli) ["1.5", "0.0005", "12", "-3.25", "1.23456", "1e3"])
  print (map (readMaybe :: String -> Maybe Centi) ["1234567890123456789012345678901234567890123456.75", "0.1"])
  print (map (readMaybe :: String -> Maybe Pico) ["3.14159265358979323846", "2", "0.000000000001"])
  print (map (\x -> showHFloat (x :: Double) "") [0, 1, -2.5, 0.1, 1e-310, 1 / 0, 123456.789, 0.75])
  print (map (\x -> showHFloat (x :: Float) "") [0.1, 3, -0.0, 1.5e-40])
  print (map (readP_to_S parseVersion) ["1.2.3", "0.1-tag-x", "2"])
  putStrLn (showVersion (makeVersion [1, 22, 333]))
  putStrLn (showVersion (Version [4, 5] ["a", "bc"]))
  putStr (usageInfo "Usage: prog [OPTION...]" options)
  print fullCompilerVersion
  getProgName >>= putStrLn
  print [approxRational (x :: Double) e | x <- [3.14159, -2.71828, 0.333, 0], e <- [0.1, 0.001]]
  print (approxRational (1 / 3 :: Rational) (1 % 100), approxRational (-7 % 3 :: Rational) 0)
  print (getZipList (some (ZipList ([] :: [Int]))), take 2 (getZipList (many (ZipList ([] :: [Int])))))
  traceIO "tr\0ace with a NUL"
