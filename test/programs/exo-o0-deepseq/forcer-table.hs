{-# LANGUAGE TypeOperators, ExistentialQuantification, RankNTypes #-}
{-# OPTIONS_GHC -fno-specialise -Wno-deprecations #-}
-- A table of forcing strategies, one row per container type: each row
-- keeps the type's lifted forcer (liftRnf/liftRnf2/rnf taken unapplied
-- from its instance) next to a sample value, and the table is run with
-- counting element forcers to see which elements each strategy touches.
import Control.DeepSeq
import Data.IORef
import Data.STRef
import Control.Monad.ST
import Control.Concurrent.MVar
import Data.Array
import Data.Ratio
import Data.Fixed
import Data.Complex
import Data.Type.Equality
import Data.Functor.Compose
import Data.Functor.Const (Const (..))
import qualified Data.Functor.Product as P
import qualified Data.Functor.Sum as S
import qualified Data.Semigroup as Sg
import Foreign.Ptr
import System.Exit (ExitCode (..))
import System.Mem.StableName
import GHC.Stack (SrcLoc (..))
import Control.Exception (evaluate, try, ErrorCall (..))

-- a one-argument row: the forcer lifted over an element forcer
data Row1 = forall f. Row1 String ((Int -> ()) -> f Int -> ()) (f Int)

-- a two-argument row
data Row2 = forall p. Row2 String ((Int -> ()) -> (Char -> ()) -> p Int Char -> ()) (p Int Char)

-- a plain row: a forcer and a value that may hide a bottom
data Row0 = forall a. Row0 String (a -> ()) a

-- an element forcer that fails loudly on a marked element
picky :: Int -> ()
picky 13 = error "touched 13"
picky n = n `seq` ()

pickyC :: Char -> ()
pickyC '!' = error "touched !"
pickyC c = c `seq` ()

-- rows made by helpers kept out of line: the instance reaches them as a
-- dictionary argument (for these one-method classes, the method itself)
{-# NOINLINE row1 #-}
row1 :: NFData1 f => String -> f Int -> Row1
row1 name = Row1 name liftRnf

{-# NOINLINE row2 #-}
row2 :: NFData2 p => String -> p Int Char -> Row2
row2 name = Row2 name liftRnf2

{-# NOINLINE row0 #-}
row0 :: NFData a => String -> a -> Row0
row0 name = Row0 name rnf

runRow1 :: Row1 -> IO ()
runRow1 (Row1 name f x) = report name (f picky x)

runRow2 :: Row2 -> IO ()
runRow2 (Row2 name f x) = report name (f picky pickyC x)

runRow0 :: Row0 -> IO ()
runRow0 (Row0 name f x) = report name (f x)

{-# NOINLINE lifted #-}
lifted :: NFData1 f => (a -> ()) -> f a -> ()
lifted = liftRnf

{-# NOINLINE lifted2 #-}
lifted2 :: NFData2 p => (a -> ()) -> (b -> ()) -> p a b -> ()
lifted2 = liftRnf2

report :: String -> () -> IO ()
report name u = do
  r <- try (evaluate u)
  putStrLn (name ++ ": " ++ either (\(ErrorCall m) -> "stopped, " ++ m) (const "forced") r)

main :: IO ()
main = do
  ref <- newIORef 13
  mv <- newMVar 13
  sn <- makeStableName (13 :: Int)
  let st = runST (newSTRef (13 :: Int) >>= \r -> return (lifted picky r))
  runRow1 (row1 "IORef" ref)
  runRow1 (row1 "MVar" mv)
  runRow1 (row1 "StableName" sn)
  report "STRef" st
  runRow1 (row1 "Ptr" (nullPtr `plusPtr` 8 :: Ptr Int))
  runRow1 (row1 "FunPtr" (castPtrToFunPtr nullPtr :: FunPtr Int))
  runRow1 (row1 "Ratio" (13 % 4 :: Ratio Int))
  runRow1 (row1 "Ratio ok" (12 % 5 :: Ratio Int))
  runRow1 (row1 "Either" (Right 13 :: Either Char Int))
  runRow1 (row1 "Either left" (Left 'x' :: Either Char Int))
  runRow1 (row1 "pair" ('p', 13))
  runRow1 (row1 "triple" ('p', 'q', 7))
  runRow1 (row1 "quad" ('p', 'q', 'r', 13))
  runRow1 (row1 "quint" ('p', 'q', 'r', 's', 8))
  runRow1 (row1 "Arg" (Sg.Arg 'a' 13))
  runRow1 (row1 "WrappedMonoid" (Sg.WrapMonoid 13))
  runRow1 (row1 "Array" (listArray (0, 2) [1, 13, 3] :: Array Int Int))
  runRow1 (row1 "Compose" (Compose (Just [1, 2, 13])))
  runRow1 (row1 "Product" (P.Pair (Just 1) [13]))
  runRow1 (row1 "Sum" (S.InR [4, 5] :: S.Sum Maybe [] Int))
  runRow1 (row1 "Refl" (Refl :: Int :~: Int))
  runRow1 (row1 "HRefl" (HRefl :: Int :~~: Int))
  report "Fixed" (lifted (\_ -> ()) (2.5 :: Fixed E2))
  runRow2 (row2 "Either2" (Left 13))
  runRow2 (row2 "pair2" (1, '!'))
  runRow2 (row2 "triple2" ((), 2, 'c'))
  runRow2 (row2 "quad2" ((), (), 13, 'c'))
  runRow2 (row2 "quint2" ((), (), (), 4, '!'))
  runRow2 (row2 "six2" ((), (), (), (), 5, 'e'))
  runRow2 (row2 "seven2" ((), (), (), (), (), 13, 'f'))
  runRow2 (row2 "eight2" ((), (), (), (), (), (), 7, 'g'))
  runRow2 (row2 "nine2" ((), (), (), (), (), (), (), 8, 'h'))
  runRow2 (row2 "Const" (Const 13))
  report "Array2" (lifted2 picky pickyC (listArray (0, 1) "a!" :: Array Int Char))
  report "STRef2" (runST (newSTRef 'x' >>= \r -> return (lifted2 (\_ -> ()) pickyC r)))
  report "Refl2" (lifted2 picky picky (Refl :: Int :~: Int))
  report "HRefl2" (lifted2 picky picky (HRefl :: Int :~~: Int))
  runRow0 (row0 "Complex" (1.5 :+ error "imaginary part" :: Complex Double))
  runRow0 (row0 "Complex ok" (1.5 :+ 2 :: Complex Double))
  runRow0 (row0 "ExitCode" (ExitFailure (error "exit code")))
  runRow0 (row0 "ExitSuccess" ExitSuccess)
  runRow0 (row0 "Ratio rnf" (3 % 7 :: Rational))
  runRow0 (row0 "SrcLoc" (SrcLoc "p" "M" "f.hs" 1 2 3 4))
  runRow0 (row0 "SrcLoc bad" (SrcLoc "p" "M" (error "file") 1 2 3 4))
  runRow0 (row0 "list of maybes" [Just 'a', Nothing, error "third"])
