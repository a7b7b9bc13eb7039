import qualified Data.Map as M
import qualified Data.Set as S
import qualified Data.IntMap as IM
import qualified Data.Sequence as Seq
import Data.Array
import Data.Complex
import Data.Fixed
import Data.Char
import Data.Ratio

data V = V { vx :: Int, vy :: Double } deriving (Show, Read, Eq, Ord)
data Op = Int :+: Int | Op :*: Op deriving (Show, Read, Eq)
infixl 6 :+:
infixl 7 :*:
data Rec = Rec { (<#>) :: Int, neg :: Maybe Int } deriving (Show, Read)
newtype N = N Int deriving (Show, Read)
data U = U deriving (Show, Read, Eq, Ord, Enum, Bounded)
data P a b = P a b deriving (Show, Read)

main :: IO ()
main = do
  print (V (-1) (-2.5), [V 1 0.1], Just (V 3 1e-4))
  print (3 :+: 4, (1 :+: 2) :*: (3 :+: (-4)))
  print (Rec 1 (Just (-2)), N (-5), Just (N 3), P (-1) (Just (-2.0)))
  print (read "Rec { (<#>) = 4, neg = Nothing }" :: Rec)
  print (read "(1 :+: 2) :*: (3 :+: 4)" :: Op)
  print (M.fromList [(-1, "neg"), (2, "two")], S.fromList "hello", IM.fromList [(5, Just (-1))])
  print (Seq.fromList [1, 2, 3 :: Int], listArray (-1, 1) [(-1), 0, 1 :: Int])
  print (read "fromList [(1,\"a\"),(2,\"b\")]" :: M.Map Int String)
  print ((2 :+ 3) * (1 :+ (-1)) :: Complex Double, magnitude (3 :+ 4 :: Complex Double))
  print (7.5 `mod'` 2 :: Double, 3.14159 :: Centi, 1.5 :: Milli, (-3) % 4 :: Rational)
  print "tab\there \"quoted\" \\ \1\2\DEL é ü 日本"
  putStrLn "unicode: é ü 日本 ✓"
  print ['\0', '\n', '\'', 'λ', '\200']
  print (show 'x', show "\SOH", "\SO\&H", "\1234\&5")
  print (map generalCategory "aA1 .+", map isPunctuation "!a,", map isSymbol "+$a", digitToInt 'f', intToDigit 11)
  print (toUpper 'ß', toLower 'Σ', isAlpha 'λ', isUpper 'Ä', ord maxBound, chr 955)
  print (U, [minBound .. maxBound :: U], read "U" :: U)
  print ([1.0, 1.5 .. 3.0 :: Double], [0.1, 0.2 .. 0.5 :: Double], [10, 8 .. 1 :: Int], ['a' .. 'f'], take 3 [5 :: Integer ..])
  print (-0.0 :: Double, 1.0e-2 :: Double, 12345678.9 :: Double, 0.1 :: Float, 1e7 :: Double, 9999999 :: Double)
  print (showParen True (showString "x") "", shows (-3 :: Int) "", showsPrec 7 (-3 :: Int) "")
  print (Left 3 :: Either Int (Maybe Int), Just (Left (-2)) :: Maybe (Either Int Int))
  print ((), ((), 'a'), (1, 2, 3, 4, 5, 6, 7) :: (Int, Int, Int, Int, Int, Int, Int))
  print (minBound :: Int, maxBound :: Char, (minBound, maxBound) :: (Bool, Ordering))
