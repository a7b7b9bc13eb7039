-- rnf/force over the base types deepseq has instances for.
import Control.Applicative (ZipList (..))
import Control.DeepSeq
import Control.Exception
import Data.Complex
import Data.Fixed
import Data.Functor.Identity
import Data.Int
import Data.List.NonEmpty (NonEmpty (..))
import qualified Data.Monoid as M
import Data.Ord (Down (..))
import Data.Proxy
import Data.Ratio
import Data.Semigroup
import Data.Version
import Data.Word
import Numeric.Natural
import System.Exit
import Data.Array

bad :: a
bad = error "bad"

probe :: NFData a => String -> a -> IO ()
probe l x = do
  r <- try (evaluate (rnf x))
  putStrLn (l ++ ": " ++ either (\(ErrorCall m) -> m) show r)

main :: IO ()
main = do
  probe "ints" (1 :: Int8, 2 :: Int16, 3 :: Int32, 4 :: Int64, 5 :: Word8, 6 :: Word16, 7 :: Word32)
  probe "big" (2 ^ 100 :: Integer, 10 :: Natural, 3.5 :: Float, 2.25 :: Double, 'c', True, LT, ())
  probe "ratio" (3 % 4 :: Rational)
  probe "ratio/bad" (bad :: Rational)
  probe "complex" (1.5 :+ (bad :: Double))
  probe "fixed" (3.14159 :: Milli)
  probe "array" (listArray (0 :: Int, 3) [1, 2, 3, 4 :: Int])
  probe "array/bad" (listArray (0 :: Int, 2) [1, bad, 3 :: Int])
  probe "nonempty" ('a' :| "bc")
  probe "nonempty/bad" ('a' :| [bad])
  probe "identity" (Identity [Just 'x'])
  probe "down" (Down (Just (bad :: Int)))
  probe "proxy" (Proxy :: Proxy Int)
  probe "version" (Version [1, 4, 5, 0] ["tag"])
  probe "version/bad" (Version [1, bad] [])
  probe "monoid" (M.Sum (1 :: Int), M.Product (2 :: Int), M.Any True, M.All False, M.First (Just 'a'), M.Last (Nothing :: Maybe Int), M.Dual "d")
  probe "semigroup" (Min (1 :: Int), Max (2 :: Int), First 'f', Last 'l', Arg (1 :: Int) "arg")
  probe "semigroup/bad" (Max (bad :: Int))
  probe "zip" (ZipList [1, 2, 3 :: Int])
  probe "exit" [ExitSuccess, ExitFailure 3]
  probe "exit/bad" (ExitFailure bad)
  probe "tuple7" (1 :: Int, 'b', "c", Just (), [True], Left 6 :: Either Int Int, (7 :: Int, 8 :: Int))
  probe "tuple7/bad" (1 :: Int, 'b', "c", Just (), [True], Left 6 :: Either Int Int, (7 :: Int, bad :: Int))
  probe "function" (bad :: Int -> Int)
  probe "function/partial" ((+) (bad :: Int))
  print (force (M.Sum 3 :: M.Sum Int), force (Down 'q'), force (Identity "id"))
