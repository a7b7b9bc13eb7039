-- binary: encode/decode round trips of the standard instances, with the
-- encoded length of each (the bytes are checked by hexdump.hs).
import Data.Array (Array, listArray)
import Data.Binary
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Short as SBS
import Data.Complex (Complex (..))
import Data.Fixed (Centi, Milli)
import Data.Functor.Identity (Identity (..))
import Data.Int
import qualified Data.IntMap as IM
import qualified Data.IntSet as IS
import Data.List.NonEmpty (NonEmpty (..))
import qualified Data.Map as M
import Data.Monoid (All (..), Any (..), Dual (..), Product (..), Sum (..))
import qualified Data.Monoid as Mo
import Data.Ratio ((%))
import qualified Data.Ratio
import qualified Data.Semigroup as S
import qualified Data.Sequence as Seq
import qualified Data.Set as Set
import Data.Tree (Tree (..))
import Data.Version (makeVersion)
import Numeric.Natural (Natural)

check :: (Binary a, Eq a, Show a) => String -> a -> IO ()
check name x = do
  let bytes = encode x
      back = decode bytes
  putStrLn (name ++ ": " ++ show (L.length bytes) ++ " bytes, " ++ (if back == x then "ok " else "MISMATCH ") ++ show back)

main :: IO ()
main = do
  check "unit" ()
  check "bools" [True, False]
  check "ordering" [LT, EQ, GT]
  check "ints" [minBound, -1, 0, 1, maxBound :: Int]
  check "int8..64" (minBound :: Int8, maxBound :: Int16, -70000 :: Int32, minBound :: Int64)
  check "words" (255 :: Word8, 65535 :: Word16, 4000000000 :: Word32, maxBound :: Word64, maxBound :: Word)
  check "integers" [0, 1, -1, 2 ^ 31 - 1, 2 ^ 31, -(2 ^ 31), -(2 ^ 31) - 1, 2 ^ 64, -(3 ^ 50), 12345678901234567890123 :: Integer]
  check "naturals" [0, 7, 2 ^ 64 - 1, 2 ^ 64, 10 ^ 30 :: Natural]
  check "doubles" [0, -0.5, 1 / 3, 1.0e300, -2.5e-310, 3.141592653589793 :: Double]
  check "floats" [0, 1.5, -0.1, 3.4e38 :: Float]
  check "infinities" [1 / 0, -1 / 0 :: Double]
  print (isNaN (decode (encode (0 / 0 :: Double)) :: Double), L.unpack (encode (0 / 0 :: Float)))
  check "chars" "aé€\x10348\0\DEL"
  check "string" (concat (replicate 20 "binary "))
  check "maybe" [Just (3 :: Int), Nothing]
  check "either" [Left 'x', Right (Just True) :: Either Char (Maybe Bool)]
  check "tuple3" ('a', 2 :: Int, "three")
  check "tuple7" ((), 'b', False, 1 :: Int8, 2 :: Word16, "s", Just 'j')
  check "tuple10" (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int, 6 :: Int, 7 :: Int, 8 :: Int, 9 :: Int, 10 :: Int)
  check "nested lists" [[1, 2], [], [3 :: Int]]
  check "map" (M.fromList [(k, show k) | k <- [10, 9 .. 1 :: Int]])
  check "set" (Set.fromList "mississippi")
  check "intmap" (IM.fromList [(-5, 'a'), (3, 'b'), (100, 'c')])
  check "intset" (IS.fromList [9, -2, 4])
  check "seq" (Seq.fromList [1.5, 2.5 :: Double])
  check "tree" (Node 'r' [Node 'a' [], Node 'b' [Node 'c' []]])
  check "array" (listArray ((0, 0), (1, 2)) [1 .. 6] :: Array (Int, Int) Int)
  check "ratio" (22 % 7 :: Rational, 3 % 4 :: Data.Ratio.Ratio Int)
  check "complex" (1.5 :+ (-2) :: Complex Double)
  check "fixed" (3.14 :: Centi, -2.718 :: Milli)
  check "nonempty" ('x' :| "yz")
  check "version" (makeVersion [1, 2, 3])
  check "strict bytestring" (B.pack [0, 1, 255, 128])
  check "lazy bytestring" (L.fromChunks [B.pack [1, 2], B.pack [3]])
  check "short bytestring" (SBS.pack [9, 8, 7])
  check "monoids" (Sum (3 :: Int), Product (4 :: Int), All True, Any False, Dual "d")
  check "firsts" (Mo.First (Just 'f'), Mo.Last (Nothing :: Maybe Char), S.First 'g', S.Last 'h')
  check "min max" (S.Min (1 :: Int), S.Max (2 :: Int), S.Arg 'k' (5 :: Int) == S.Arg 'k' 6)
  check "identity" (Identity "id")
  check "big list" [1 .. 2000 :: Int]

