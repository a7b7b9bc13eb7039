{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- Small base functions: GHC.Enum's range errors, GHC.Show's protectEsc and
-- showMultiLineString, GHC.Unicode's wgencat and unicodeVersion, GHC.Real's
-- naturalFromInt, (^%^) and (^^%^^), Data.Bool's bool, System.IO.Unsafe's
-- unsafeFixIO, GHC.IO's liftIO, GHC.IO.Unsafe's noDuplicate.
import Control.Exception
import Data.Bool (bool)
import Data.Ratio ((%))
import GHC.Enum (fromEnumError, toEnumError)
import GHC.IO (IO (..), liftIO)
import GHC.IO.Unsafe (noDuplicate)
import GHC.Real ((^%^), (^^%^^), naturalFromInt)
import GHC.ST (STret (..))
import GHC.Show (protectEsc, showMultiLineString)
import GHC.Unicode (unicodeVersion, wgencat)
import System.IO.Unsafe (unsafeFixIO)

t :: Show a => a -> IO ()
t x = do
  r <- try (evaluate (length (show x) `seq` x))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) show r)

main :: IO ()
main = do
  t (toEnumError "Foo" 7 (1 :: Int, 5 :: Int) :: Int)
  t (toEnumError "Colour" (-1) ('a', 'z') :: Bool)
  t (fromEnumError "Bar" (2 ^ 70 :: Integer) :: Int)
  t (fromEnumError "Baz" 'x' :: Int)
  mapM_ (t . showMultiLineString) ["", "a", "a\nb", "a\n", "\n", "a\n\nb\n", "tab\there\n\"q\"", "\1234\n5", "\SO\nH"]
  t (protectEsc (== 'h') (showString "\\SO") "hello", protectEsc (== 'h') (showString "\\SO") "ello", protectEsc (const True) id "")
  t (protectEsc (`elem` "0123456789") (showString "\\1234") "5x")
  t (map wgencat [65, 97, 48, 32, 0x1F600, 0x10FFFF, -1, 0x110000, 0x0300, 0x2028, 0xE000, 0xD800])
  t unicodeVersion
  t (naturalFromInt 42, naturalFromInt 0, naturalFromInt maxBound)
  t (naturalFromInt (-3))
  t ((3 % 4) ^%^ (3 :: Int), (-2 % 3) ^%^ (0 :: Integer), (5 % 7) ^%^ (1 :: Word))
  t ((3 % 4) ^%^ (-1 :: Int))
  t ((3 % 4) ^^%^^ (-2 :: Int), (-2 % 3) ^^%^^ (-3 :: Int), (-2 % 3) ^^%^^ (-2 :: Int), (7 % 2) ^^%^^ (2 :: Int))
  t ((0 % 1) ^^%^^ (-1 :: Int))
  t (map (bool "no" "yes") [True, False], bool 'f' 't' (3 > (2 :: Int)))
  xs <- unsafeFixIO (\ones -> return (1 : take 4 ones))
  print (xs :: [Int])
  r <- try (unsafeFixIO (\x -> evaluate (x + 1 :: Int)))
  putStrLn (either (\e -> "unsafeFixIO: " ++ show (e :: SomeException)) show r)
  v <- IO (\s -> case liftIO (return 'q') s of STret s' x -> (# s', x #))
  print v
  noDuplicate
  putStrLn "noDuplicate returned"
