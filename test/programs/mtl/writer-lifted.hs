{-# LANGUAGE FlexibleContexts #-}
{-# OPTIONS_GHC -Wno-deprecations #-}
-- mtl's MonadWriter through the transformers (tell, listen, pass, censor
-- under ExceptT, ErrorT, MaybeT, lazy and strict StateT), ListT's
-- MonadZip, Constant's Read1/Read2, and time's CalendarDiffDays and
-- CalendarDiffTime sconcat, NFData TimeZone.
import Control.Monad.Writer
import Control.Monad.State
import Control.Monad.Except
import Control.Monad.Trans.Maybe
import qualified Control.Monad.State.Strict as SS
import qualified Control.Monad.Trans.Error as E
import Control.Monad.Trans.List (ListT (..))
import Control.Monad.Zip (mzip, munzip)
import Data.Functor.Constant
import Data.Functor.Classes
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (sconcat)
import Data.Time (CalendarDiffDays (..), CalendarDiffTime (..), TimeZone (..), hoursToTimeZone)
import Control.DeepSeq (rnf, force)

step :: MonadWriter [String] m => Int -> m Int
step n = do
  tell ["step " ++ show n]
  (x, w) <- listen (tell ["inner"] >> return (n * 2))
  censor (map reverse) (tell ["len " ++ show (length w)])
  pass (return (x + 1, ("passed" :)))

main :: IO ()
main = do
  print (runWriter (runExceptT (step 1 :: ExceptT String (Writer [String]) Int)))
  print (runWriter (runExceptT (step 2 >> throwError "stop" >> step 3 :: ExceptT String (Writer [String]) Int)))
  print (runWriter (E.runErrorT (step 4 :: E.ErrorT String (Writer [String]) Int)))
  print (runWriter (runMaybeT (step 5 >> MaybeT (return Nothing) :: MaybeT (Writer [String]) Int)))
  print (runWriter (runStateT (step 6 >>= put) 0))
  print (runWriter (SS.runStateT (step 7 >>= SS.put) 0))
  print (runWriter (runMaybeT (listen (lift (tell ["x"]) >> return 'c'))))
  print (runWriter (runStateT (pass (return ((), (++ ["p"])))) 'z'))
  print (runWriter (SS.execStateT (listen (tell ["y"]) >>= SS.put . snd) []))
  print (runListT (mzip (ListT (Just [1, 2, 3 :: Int])) (ListT (Just "ab"))))
  print (runListT (fst (munzip (ListT [[(1 :: Int, 'a'), (2, 'b')]]))))
  print (readsPrec1 0 "Constant 5" :: [(Constant Int Bool, String)])
  print (readsPrec1 11 "Constant 5" :: [(Constant Int Bool, String)])
  print (readsPrec2 0 "(Constant (-3)) tail" :: [(Constant Int Bool, String)])
  print (liftReadList readsPrec readList "[Constant 1,Constant 2]" :: [([Constant Int Char], String)])
  print (liftReadList2 readsPrec readList readsPrec readList "[Constant 'q']" :: [([Constant Char ()], String)])
  print (sconcat (CalendarDiffDays 1 2 :| [CalendarDiffDays 3 (-4), CalendarDiffDays 10 0]))
  print (sconcat (CalendarDiffTime 1 2.5 :| [CalendarDiffTime (-3) 0.25]))
  print (sconcat (CalendarDiffDays 7 7 :| []))
  print (rnf (TimeZone 60 False "CET"), force (hoursToTimeZone (-5)))
