-- Eq/Ord/Show/Read/Enum instances of base's everyday types and Semigroup's
-- sconcat, used through lists so -O1 code calls the methods by name.
import System.Exit
import System.IO
import Control.Exception
import Data.Version
import Data.Semigroup
import Data.Monoid (Alt (..))
import Data.List.NonEmpty (NonEmpty (..))
import Data.Data
import qualified Data.Functor.Compose as C
import Data.Functor.Product
import Data.Functor.Identity

{-# NOINLINE pairs #-}
pairs :: [a] -> [(a, a)]
pairs xs = [(a, b) | a <- xs, b <- xs]

cmp :: Ord a => [a] -> [(Bool, Bool, Bool, Bool, Bool, Ordering, a, a)]
cmp xs = [(a /= b, a < b, a <= b, a > b, a >= b, compare a b, max a b, min a b) | (a, b) <- pairs xs]

main :: IO ()
main = do
  print (cmp [ExitSuccess, ExitFailure 2, ExitFailure 1])
  print (cmp [ReadMode, WriteMode, AppendMode, ReadWriteMode])
  print (map fromEnum [ReadMode ..], [WriteMode .. ReadWriteMode], [ReadMode, AppendMode ..], succ ReadMode, pred AppendMode, toEnum 2 :: IOMode)
  print (cmp [NoBuffering, LineBuffering, BlockBuffering Nothing, BlockBuffering (Just 4)])
  print (cmp [LF, CRLF], cmp [noNewlineTranslation, universalNewlineMode, nativeNewlineMode])
  print (map show [noNewlineTranslation, universalNewlineMode], map show [ReadMode, AppendMode])
  print (cmp [Overflow, Underflow, DivideByZero, LossOfPrecision])
  print (cmp [StackOverflow, HeapOverflow, ThreadKilled, UserInterrupt], cmp [IndexOutOfBounds "a", UndefinedElement "b"])
  print (cmp [ErrorCall "a", ErrorCall "b"], ErrorCall "x" == ErrorCall "x")
  print (map (uncurry (==)) (pairs [makeVersion [1, 2], makeVersion [1, 2, 0], Version [1, 2] ["x"]]))
  print (map read ["ReadMode", " WriteMode", "(AppendMode)", "ReadWriteMode"] :: [IOMode])
  print (map read ["NoBuffering", "LineBuffering", "BlockBuffering (Just 3)"] :: [BufferMode])
  print (map read ["LF", "CRLF"] :: [Newline])
  print (read "All {getAll = True}" :: All, read " Any {getAny = False}" :: Any)
  print (sconcat (Max 3 :| [Max 9, Max (1 :: Int)]), sconcat (Min 'q' :| [Min 'b']), sconcat ((Sum 2, Product 3) :| [(Sum 5, Product (7 :: Int))]))
  print (sconcat (Dual "ab" :| [Dual "cd"]), sconcat (Alt (Just 1) :| [Alt (Just (2 :: Int))]))
  print (sconcat (("a", "b", "c") :| [("d", "e", "f")]), sconcat (("a", "b", "c", "d") :| [("e", "f", "g", "h")]))
  print (sconcat (WrapMonoid "x" :| [WrapMonoid "y"]), getFirst (sconcat (First 1 :| [First (2 :: Int)])), getLast (sconcat (Last 1 :| [Last (2 :: Int)])))
  io <- sconcat (return "p" :| [return "q", return "r"])
  putStrLn io
  print (map (\c -> (showConstr c, constrIndex c)) (dataTypeConstrs (dataTypeOf (Just 'x'))))
  print (readConstr (dataTypeOf (Left 1 :: Either Int Char)) "Right", gmapQ (const ()) (1 :: Int, 'c', "s", True))
  print (gmapQi 2 (\d -> show (typeOf d)) (1 :: Int, 'c', "s", True))
  print (fromConstr (toConstr (Nothing :: Maybe Int)) :: Maybe Int)
  print (C.Compose (Just [1, 2 :: Int]), showsPrec 11 (C.Compose [Just 'x']) "", (Pair [1] [2 :: Int]) *> Pair [3] [4 :: Int])
