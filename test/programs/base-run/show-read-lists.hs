-- Show and Read of lists and tuples of wrapped values (showList/readList
-- of the Semigroup/Monoid newtypes, Ratio, Complex, Fixed, Arg, Down,
-- Identity, Const, tuples of every size), and derived Show/Read of a
-- record with operators and negative fields, as logging and config code
-- prints and parses them.
import Data.Complex
import Data.Fixed
import Data.Functor.Const
import Data.Functor.Identity
import Data.Monoid
import Data.Ord (Down (..))
import Data.Ratio
import qualified Data.Semigroup as S
import Data.List.NonEmpty (NonEmpty (..))
import GHC.Stack (HasCallStack, callStack, prettyCallStack, getCallStack, SrcLoc (..))

data Cfg = Cfg {name :: String, level :: Int, ratio :: Rational, tags :: [(Char, Bool)]} deriving (Show, Read, Eq, Ord)
data E = E :*: E | L Int deriving (Show, Read, Eq)
infixl 7 :*:

main :: IO ()
main = do
  print [S.Min 1, S.Min (2 :: Int)]
  print [S.Max 'a', S.Max 'b']
  print [S.First 1.5, S.First (2 :: Double)]
  print [S.Last LT]
  print [S.WrapMonoid "x"]
  print [S.Arg 1 'a', S.Arg 2 ('b' :: Char)]
  print [Sum 1, Sum (2 :: Integer)]
  print [Product 3 :: Product Int]
  print [Dual "d"]
  print [All True, All False]
  print [Any False]
  print [Alt (Just 'a')]
  print [Ap [1 :: Int]]
  print [First (Just 'f'), First Nothing]
  print [Last (Just 'l')]
  print [Down 3, Down (4 :: Int)]
  print [Identity 'i']
  print [Const 'c' :: Const Char Int]
  print [1 % 2, 3 % (4 :: Int)]
  print [1.5 :+ 2, 3 :+ (-4 :: Double)]
  print [1.25 :: Milli, -3]
  print [(1 :: Int, 'a'), (2, 'b')]
  print [(1 :: Int, 'a', True)]
  print [(1 :: Int, 'a', True, LT)]
  print [(1 :: Int, 'a', True, LT, ())]
  print [(1 :: Int, 'a', True, LT, (), "s")]
  print [(1 :: Int, 'a', True, LT, (), "s", 2.5 :: Double)]
  print [Just (Left (3 :: Int)) :: Maybe (Either Int Bool), Nothing]
  print ['x' :| "y"]
  print [LT, GT]
  print [(), ()]
  print [True]
  print [Just ()]
  let cfg = Cfg {name = "n\"q", level = -3, ratio = -1 % 3, tags = [('a', True)]}
  print cfg
  print (read (show cfg) == cfg, read "Cfg { name = \"x\" , level = 2 , ratio = 1 % 2 , tags = [] }" :: Cfg)
  print (L 1 :*: L (-2) :*: L 3, read "L 1 :*: (L 2 :*: L (-3))" :: E, showsPrec 8 (L 1 :*: L 2) "")
  print (read "[Min {getMin = 3},Min {getMin = 4}]" :: [S.Min Int], read "[Sum {getSum = 1}]" :: [Sum Int], read "[(1,'a'),(2,'b')]" :: [(Int, Char)], read "[(1,'a',True)]" :: [(Int, Char, Bool)])
  print (read "[(1,2,3,4)]" :: [(Int, Int, Int, Int)], read "[(1,2,3,4,5)]" :: [(Int, Int, Int, Int, Int)], read "((1,2),(3,(4,5)))" :: ((Int, Int), (Int, (Int, Int))), read "[Just 1,Nothing]" :: [Maybe Int])
  print (read "[1 % 2,3 % 4]" :: [Rational], read "[1.0 :+ 2.0]" :: [Complex Double], read "[Down 2]" :: [Down Int], read "[Identity 3]" :: [Identity Int], read "[LT,GT]" :: [Ordering], read "[(),()]" :: [()], read "[Arg 1 'x']" :: [S.Arg Int Char])
  print (read "[Max {getMax = 'q'}]" :: [S.Max Char], read "[First {getFirst = Just 1}]" :: [First Int], read "[Dual {getDual = \"s\"}]" :: [Dual String], read "[All {getAll = True}]" :: [All], read "[Product {getProduct = 2}]" :: [Product Int])
  print (read "[1.5,2.25]" :: [Centi], read "[1 :| [2]]" :: [NonEmpty Int], read "[Left 1,Right 'x']" :: [Either Int Char], read "[True,False]" :: [Bool], read "[Const 'k']" :: [Const Char ()])
  putStrLn (where' 3)
  where
    where' :: HasCallStack => Int -> String
    where' n = show n ++ " " ++ show (map (srcLocStartLine . snd) (getCallStack callStack)) ++ " " ++ show (length (prettyCallStack callStack) > 0)
