-- Read/Show round trips of the standard types at every precedence: tuples
-- up to 15, Maybe/Either/Ordering/Bool/()/lists/NonEmpty, every Int and
-- Word width, Integer/Natural, Double/Float, Char/String; reads with
-- trailing input, failures, readMaybe/readEither, lex.
import Data.Int
import Data.Word
import Data.List.NonEmpty (NonEmpty (..))
import Numeric.Natural
import Text.Read (readMaybe, readEither)

{-# NOINLINE trip #-}
trip :: (Show a, Read a, Eq a) => a -> IO ()
trip x = do
  let s = show x
      back = read s `asTypeOf` x
  putStrLn (s ++ " | " ++ showsPrec 11 x "" ++ " | " ++ show (back == x) ++ " | " ++ showList [x, x] "")

{-# NOINLINE rd #-}
rd :: String -> [(String -> String)] -> String -> IO ()
rd name fs s = putStrLn (name ++ " " ++ show s ++ ": " ++ unwords (map ($ s) fs))

main :: IO ()
main = do
  trip ()
  trip (1 :: Int, 'x')
  trip (1 :: Int, 'x', "y")
  trip (1 :: Int, 'x', "y", True)
  trip (1 :: Int, 'x', "y", True, LT)
  trip (1 :: Int, 'x', "y", True, LT, ())
  trip (1 :: Int, 'x', "y", True, LT, (), Just (2 :: Int))
  trip (1 :: Int, 'x', "y", True, LT, (), Just (2 :: Int), 3.5 :: Double)
  trip (1 :: Int, 'x', "y", True, LT, (), Just (2 :: Int), 3.5 :: Double, -4 :: Integer)
  trip (1 :: Int, 'x', "y", True, LT, (), Just (2 :: Int), 3.5 :: Double, -4 :: Integer, [GT])
  trip (1 :: Int, 'x', "y", True, LT, (), Just (2 :: Int), 3.5 :: Double, -4 :: Integer, [GT], Left 5 :: Either Int Bool)
  trip (1 :: Int, 'x', "y", True, LT, (), Just (2 :: Int), 3.5 :: Double, -4 :: Integer, [GT], Left 5 :: Either Int Bool, 'z')
  trip (1 :: Int, 'x', "y", True, LT, (), Just (2 :: Int), 3.5 :: Double, -4 :: Integer, [GT], Left 5 :: Either Int Bool, 'z', 6 :: Word8)
  trip (1 :: Int, 'x', "y", True, LT, (), Just (2 :: Int), 3.5 :: Double, -4 :: Integer, [GT], Left 5 :: Either Int Bool, 'z', 6 :: Word8, 7 :: Int8)
  trip (1 :: Int, 'x', "y", True, LT, (), Just (2 :: Int), 3.5 :: Double, -4 :: Integer, [GT], Left 5 :: Either Int Bool, 'z', 6 :: Word8, 7 :: Int8, 8 :: Word16)
  trip (Just (-3 :: Int))
  trip (Just (Just (Left (-2.5) :: Either Double Char)))
  trip (Right (Just LT) :: Either () (Maybe Ordering))
  trip (Nothing :: Maybe Int)
  trip [LT, EQ, GT]
  trip [True, False]
  trip ('a' :| "bc")
  trip ((-1 :: Int) :| [2, -3])
  trip (-5 :: Int8, 200 :: Word8, -300 :: Int16, 60000 :: Word16)
  trip (-70000 :: Int32, 4000000000 :: Word32, minBound :: Int64, maxBound :: Word64)
  trip (maxBound :: Word, minBound :: Int, 2 ^ 80 :: Integer, -(2 ^ 70) :: Integer, 2 ^ 65 :: Natural)
  trip (1.0e-2 :: Double, 0.1 :: Double, 1.0e7 :: Double, 123456.789 :: Double, -0.0 :: Double, 5.0e-324 :: Double)
  trip (1.0e-2 :: Float, 0.1 :: Float, 1.0e7 :: Float, 3.4028235e38 :: Float, -2.5 :: Float)
  trip "tab\there \"quoted\" \\ \1234\&5 \DEL \SOH\&H end"
  trip ['\0', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\'', '"', '\200', '\x10FFFF']
  trip (Just "")
  trip ([] :: [Int], [[1, 2], [3 :: Int]], ([] :: String))
  print (showsPrec 11 (-5 :: Int) "", showsPrec 6 (-5 :: Int) "", showsPrec 7 (-5 :: Integer) "", showsPrec 11 (-2.5 :: Double) "", showsPrec 11 (Just (-1 :: Int8)) "")
  print (shows (3 :: Word16) "!", showString "ab" "cd", showParen True (showString "x") "", showChar 'c' "", show (Just ()), show [Just LT])
  print (show (1 / 0 :: Double), show (-1 / 0 :: Float), show (0 / 0 :: Double), showsPrec 11 (-1 / 0 :: Double) "")
  let num = [show . (readMaybe :: String -> Maybe Int), show . (readMaybe :: String -> Maybe Double), show . (readMaybe :: String -> Maybe Word8), show . (readMaybe :: String -> Maybe Integer), show . (readEither :: String -> Either String Int16)]
  mapM_ (rd "num" num) ["12", " -7 ", "(3)", "((-4))", "0x1F", "0o17", "1e3", "1.5e-2", "2.", ".5", "300", "-0", "NaN", "Infinity", "1_000", "12abc", ""]
  let others = [show . (readMaybe :: String -> Maybe Bool), show . (readMaybe :: String -> Maybe Ordering), show . (readMaybe :: String -> Maybe ()), show . (readMaybe :: String -> Maybe (Maybe Int)), show . (readMaybe :: String -> Maybe (Either Int Bool))]
  mapM_ (rd "other" others) ["True", " ( False ) ", "GT", "()", "( )", "Just 3", "Just (-3)", "Just -3", "Nothing", "Left 2", "Right True", "(Right (False))"]
  let strs = [show . (readMaybe :: String -> Maybe Char), show . (readMaybe :: String -> Maybe String), show . (readMaybe :: String -> Maybe [Int]), show . (readMaybe :: String -> Maybe (Int, Bool))]
  mapM_ (rd "str" strs) ["'x'", "'\\n'", "'\\955'", "\"a\\tb\"", "\"\\SOH\"", "[1,2, 3]", "[ ]", "(1,True)", "( 2 , False )", "\"unterminated"]
  print (reads "42 rest" :: [(Int, String)], reads "nope" :: [(Int, String)], reads "(1,2) x" :: [((Int, Int), String)], readsPrec 11 "-5" :: [(Int, String)])
  print (lex " hello world", lex "123.5e2x", lex "'a' b", lex "\"str\" t", lex "<= 3", lex "", lex "(x)")
  print (read "  [ ( 1 , \"a\" ) , ( 2 , \"b\" ) ]  " :: [(Int, String)], read "3 :| [4,5]" :: NonEmpty Int)
  print (read "18446744073709551615" :: Word64, read "-9223372036854775808" :: Int64, read "255" :: Word8, read "65535" :: Word16, read "4294967295" :: Word32)
  print (read "-128" :: Int8, read "32767" :: Int16, read "2147483647" :: Int32, read "123456789012345678901234567890" :: Natural, read "1e500" :: Double)
