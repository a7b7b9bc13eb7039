{-# LANGUAGE RankNTypes, ExistentialQuantification, TypeFamilies, MagicHash, UnboxedTuples #-}
-- Clean-room Control.Monad.Catch (exceptions-0.10.4): the classes
-- MonadThrow/MonadCatch/MonadMask with the package's instances (base
-- monads and transformers), written from the documented API; names,
-- method order and constructors follow the installed interface file.
-- The transformer instances come in the order that gives GHC's dictionary
-- names the package's suffixes (`$fMonadCatchStateT` is the strict StateT,
-- `$fMonadCatchStateT0` the lazy one; WriterT the other way round): of two
-- instances for types of one name, GHC gives the later one the plain name.
module Control.Monad.Catch
  ( MonadThrow(..), MonadCatch(..), MonadMask(..), ExitCase(..)
  , mask_, uninterruptibleMask_
  , catchAll, catchIOError, catchJust, catchIf
  , Handler(..), catches
  , handle, handleAll, handleIOError, handleJust, handleIf
  , try, tryJust
  , onException, onError, bracket, bracket_, finally, bracketOnError
  , Exception(..), SomeException(..)
  , zz_zdfMonadMaskIO1, zz_zdfMonadThrowST1
  , zz_zdwzdcgeneralBracket4, zz_zdwzdcgeneralBracket5
  , zz_zdwzdcgeneralBracket9, zz_zdwzdcgeneralBracket10
  , zz_zdwzdcgeneralBracket
  ) where

import Control.Exception (Exception(..), SomeException(..))
import qualified Control.Exception as E
import Control.Monad (liftM)
import GHC.ST (ST(..))
import Control.Monad.ST.Unsafe (unsafeIOToST)
import GHC.Conc (STM, throwSTM, catchSTM)
import GHC.Base (IO(..), State#, RealWorld, Int#)
import Control.Monad.Trans.Class (lift)
import Control.Monad.Trans.Cont (ContT)
import Control.Monad.Trans.Error (ErrorT(..), Error)
import Control.Monad.Trans.Except (ExceptT(..), runExceptT)
import Control.Monad.Trans.Identity (IdentityT(..))
import Control.Monad.Trans.List (ListT(..))
import Control.Monad.Trans.Maybe (MaybeT(..))
import Control.Monad.Trans.Reader (ReaderT(..))
import qualified Control.Monad.Trans.RWS.Lazy as LazyRWS
import qualified Control.Monad.Trans.RWS.Strict as StrictRWS
import qualified Control.Monad.Trans.State.Lazy as LazyS
import qualified Control.Monad.Trans.State.Strict as StrictS
import qualified Control.Monad.Trans.Writer.Lazy as LazyW
import qualified Control.Monad.Trans.Writer.Strict as StrictW

class Monad m => MonadThrow m where
  throwM :: Exception e => e -> m a

class MonadThrow m => MonadCatch m where
  catch :: Exception e => m a -> (e -> m a) -> m a

class MonadCatch m => MonadMask m where
  mask :: ((forall a. m a -> m a) -> m b) -> m b
  uninterruptibleMask :: ((forall a. m a -> m a) -> m b) -> m b
  generalBracket :: m a -> (a -> ExitCase b -> m c) -> (a -> m b) -> m (b, c)

-- | How the use of a resource ended, for generalBracket's release.
data ExitCase a
  = ExitCaseSuccess a
  | ExitCaseException SomeException
  | ExitCaseAbort
  deriving Show

-- Base monads ---------------------------------------------------------------

instance MonadThrow [] where
  throwM _ = []

instance MonadThrow Maybe where
  throwM _ = Nothing

instance e ~ SomeException => MonadThrow (Either e) where
  throwM = Left . toException

instance e ~ SomeException => MonadCatch (Either e) where
  catch (Left e) f = maybe (Left e) f (fromException e)
  catch r _ = r

instance e ~ SomeException => MonadMask (Either e) where
  mask f = f id
  uninterruptibleMask f = f id
  generalBracket = zz_zdwzdcgeneralBracket 0#

-- Either's generalBracket as the package's -O1 worker takes it
-- (`$w$cgeneralBracket`): first its `e ~# SomeException` argument, which
-- -O1 code passes as `coercionToken#` and the lowering as the Int# 0 (an
-- ignored Int# here), then the method's three.
zz_zdwzdcgeneralBracket :: Int# -> Either SomeException a -> (a -> ExitCase b -> Either SomeException c)
  -> (a -> Either SomeException b) -> Either SomeException (b, c)
zz_zdwzdcgeneralBracket _ acquire release use = do
  a <- acquire
  case use a of
    Left e -> release a (ExitCaseException e) >> Left e
    Right b -> do
      c <- release a (ExitCaseSuccess b)
      return (b, c)

instance MonadThrow IO where
  throwM = E.throwIO

instance MonadCatch IO where
  catch = E.catch

instance MonadMask IO where
  mask = E.mask
  uninterruptibleMask = E.uninterruptibleMask
  generalBracket acquire release use = E.mask $ \restore -> do
    a <- acquire
    b <- restore (use a) `E.catch` \e -> do
      _ <- release a (ExitCaseException e)
      E.throwIO e
    c <- release a (ExitCaseSuccess b)
    return (b, c)

-- The package's IO generalBracket as its -O1 code calls it (`$fMonadMaskIO1`,
-- the interface file's type: the method on the state token).
zz_zdfMonadMaskIO1 :: IO a -> (a -> ExitCase b -> IO c) -> (a -> IO b) -> State# RealWorld -> (# State# RealWorld, (b, c) #)
zz_zdfMonadMaskIO1 acquire release use s = case generalBracket acquire release use of IO m -> m s

instance MonadThrow (ST s) where
  throwM = unsafeIOToST . E.throwIO

instance MonadThrow STM where
  throwM = throwSTM

instance MonadCatch STM where
  catch = catchSTM

-- Transformers --------------------------------------------------------------

instance MonadThrow m => MonadThrow (ContT r m) where
  throwM = lift . throwM

instance MonadThrow m => MonadThrow (IdentityT m) where
  throwM = lift . throwM

instance MonadCatch m => MonadCatch (IdentityT m) where
  catch (IdentityT m) f = IdentityT (catch m (runIdentityT . f))

instance MonadMask m => MonadMask (IdentityT m) where
  mask a = IdentityT $ mask $ \u -> runIdentityT (a (q u))
    where q :: (m a -> m a) -> IdentityT m a -> IdentityT m a
          q u = IdentityT . u . runIdentityT
  uninterruptibleMask a = IdentityT $ uninterruptibleMask $ \u -> runIdentityT (a (q u))
    where q :: (m a -> m a) -> IdentityT m a -> IdentityT m a
          q u = IdentityT . u . runIdentityT
  generalBracket acquire release use = IdentityT $
    generalBracket (runIdentityT acquire) (\a ec -> runIdentityT (release a ec)) (runIdentityT . use)

instance MonadThrow m => MonadThrow (ReaderT r m) where
  throwM = lift . throwM

instance MonadCatch m => MonadCatch (ReaderT r m) where
  catch (ReaderT m) c = ReaderT $ \r -> m r `catch` \e -> runReaderT (c e) r

instance MonadMask m => MonadMask (ReaderT r m) where
  mask a = ReaderT $ \e -> mask $ \u -> runReaderT (a (q u)) e
    where q :: (m a -> m a) -> ReaderT e m a -> ReaderT e m a
          q u (ReaderT b) = ReaderT (u . b)
  uninterruptibleMask a = ReaderT $ \e -> uninterruptibleMask $ \u -> runReaderT (a (q u)) e
    where q :: (m a -> m a) -> ReaderT e m a -> ReaderT e m a
          q u (ReaderT b) = ReaderT (u . b)
  generalBracket acquire release use = ReaderT $ \r ->
    generalBracket (runReaderT acquire r) (\a ec -> runReaderT (release a ec) r) (\a -> runReaderT (use a) r)

instance MonadThrow m => MonadThrow (LazyS.StateT s m) where
  throwM = lift . throwM

instance MonadCatch m => MonadCatch (LazyS.StateT s m) where
  catch = LazyS.liftCatch catch

instance MonadMask m => MonadMask (LazyS.StateT s m) where
  mask a = LazyS.StateT $ \s -> mask $ \u -> LazyS.runStateT (a (q u)) s
    where q :: (m (a, s) -> m (a, s)) -> LazyS.StateT s m a -> LazyS.StateT s m a
          q u (LazyS.StateT b) = LazyS.StateT (u . b)
  uninterruptibleMask a = LazyS.StateT $ \s -> uninterruptibleMask $ \u -> LazyS.runStateT (a (q u)) s
    where q :: (m (a, s) -> m (a, s)) -> LazyS.StateT s m a -> LazyS.StateT s m a
          q u (LazyS.StateT b) = LazyS.StateT (u . b)
  generalBracket acquire release use = LazyS.StateT $ \s0 -> do
    ((b, _), (c, s3)) <- generalBracket
      (LazyS.runStateT acquire s0)
      (\(resource, s1) ec -> case ec of
          ExitCaseSuccess (b, s2) -> LazyS.runStateT (release resource (ExitCaseSuccess b)) s2
          ExitCaseException e -> LazyS.runStateT (release resource (ExitCaseException e)) s1
          ExitCaseAbort -> LazyS.runStateT (release resource ExitCaseAbort) s1)
      (\(resource, s1) -> LazyS.runStateT (use resource) s1)
    return ((b, c), s3)

instance MonadThrow m => MonadThrow (StrictS.StateT s m) where
  throwM = lift . throwM

instance MonadCatch m => MonadCatch (StrictS.StateT s m) where
  catch = StrictS.liftCatch catch

instance MonadMask m => MonadMask (StrictS.StateT s m) where
  mask a = StrictS.StateT $ \s -> mask $ \u -> StrictS.runStateT (a (q u)) s
    where q :: (m (a, s) -> m (a, s)) -> StrictS.StateT s m a -> StrictS.StateT s m a
          q u (StrictS.StateT b) = StrictS.StateT (u . b)
  uninterruptibleMask a = StrictS.StateT $ \s -> uninterruptibleMask $ \u -> StrictS.runStateT (a (q u)) s
    where q :: (m (a, s) -> m (a, s)) -> StrictS.StateT s m a -> StrictS.StateT s m a
          q u (StrictS.StateT b) = StrictS.StateT (u . b)
  generalBracket acquire release use = StrictS.StateT $ \s0 -> do
    ((b, _), (c, s3)) <- generalBracket
      (StrictS.runStateT acquire s0)
      (\(resource, s1) ec -> case ec of
          ExitCaseSuccess (b, s2) -> StrictS.runStateT (release resource (ExitCaseSuccess b)) s2
          ExitCaseException e -> StrictS.runStateT (release resource (ExitCaseException e)) s1
          ExitCaseAbort -> StrictS.runStateT (release resource ExitCaseAbort) s1)
      (\(resource, s1) -> StrictS.runStateT (use resource) s1)
    return ((b, c), s3)

instance (MonadThrow m, Monoid w) => MonadThrow (StrictW.WriterT w m) where
  throwM = lift . throwM

instance (MonadCatch m, Monoid w) => MonadCatch (StrictW.WriterT w m) where
  catch (StrictW.WriterT m) h = StrictW.WriterT $ m `catch` \e -> StrictW.runWriterT (h e)

instance (MonadMask m, Monoid w) => MonadMask (StrictW.WriterT w m) where
  mask a = StrictW.WriterT $ mask $ \u -> StrictW.runWriterT (a (q u))
    where q :: (m (a, w) -> m (a, w)) -> StrictW.WriterT w m a -> StrictW.WriterT w m a
          q u b = StrictW.WriterT (u (StrictW.runWriterT b))
  uninterruptibleMask a = StrictW.WriterT $ uninterruptibleMask $ \u -> StrictW.runWriterT (a (q u))
    where q :: (m (a, w) -> m (a, w)) -> StrictW.WriterT w m a -> StrictW.WriterT w m a
          q u b = StrictW.WriterT (u (StrictW.runWriterT b))
  generalBracket acquire release use =
    StrictW.WriterT (zz_zdwzdcgeneralBracket10 (>>=) return generalBracket acquire release use)

instance (MonadThrow m, Monoid w) => MonadThrow (LazyW.WriterT w m) where
  throwM = lift . throwM

instance (MonadCatch m, Monoid w) => MonadCatch (LazyW.WriterT w m) where
  catch (LazyW.WriterT m) h = LazyW.WriterT $ m `catch` \e -> LazyW.runWriterT (h e)

instance (MonadMask m, Monoid w) => MonadMask (LazyW.WriterT w m) where
  mask a = LazyW.WriterT $ mask $ \u -> LazyW.runWriterT (a (q u))
    where q :: (m (a, w) -> m (a, w)) -> LazyW.WriterT w m a -> LazyW.WriterT w m a
          q u b = LazyW.WriterT (u (LazyW.runWriterT b))
  uninterruptibleMask a = LazyW.WriterT $ uninterruptibleMask $ \u -> LazyW.runWriterT (a (q u))
    where q :: (m (a, w) -> m (a, w)) -> LazyW.WriterT w m a -> LazyW.WriterT w m a
          q u b = LazyW.WriterT (u (LazyW.runWriterT b))
  generalBracket acquire release use =
    LazyW.WriterT (zz_zdwzdcgeneralBracket9 (>>=) return generalBracket acquire release use)

instance (MonadThrow m, Monoid w) => MonadThrow (LazyRWS.RWST r w s m) where
  throwM = lift . throwM

instance (MonadCatch m, Monoid w) => MonadCatch (LazyRWS.RWST r w s m) where
  catch (LazyRWS.RWST m) h = LazyRWS.RWST $ \r s -> m r s `catch` \e -> LazyRWS.runRWST (h e) r s

instance (MonadMask m, Monoid w) => MonadMask (LazyRWS.RWST r w s m) where
  mask a = LazyRWS.RWST $ \r s -> mask $ \u -> LazyRWS.runRWST (a (q u)) r s
    where q :: (m (a, s, w) -> m (a, s, w)) -> LazyRWS.RWST r w s m a -> LazyRWS.RWST r w s m a
          q u (LazyRWS.RWST b) = LazyRWS.RWST $ \r s -> u (b r s)
  uninterruptibleMask a = LazyRWS.RWST $ \r s -> uninterruptibleMask $ \u -> LazyRWS.runRWST (a (q u)) r s
    where q :: (m (a, s, w) -> m (a, s, w)) -> LazyRWS.RWST r w s m a -> LazyRWS.RWST r w s m a
          q u (LazyRWS.RWST b) = LazyRWS.RWST $ \r s -> u (b r s)
  generalBracket acquire release use =
    LazyRWS.RWST (zz_zdwzdcgeneralBracket5 (>>=) return generalBracket acquire release use)

instance (MonadThrow m, Monoid w) => MonadThrow (StrictRWS.RWST r w s m) where
  throwM = lift . throwM

instance (MonadCatch m, Monoid w) => MonadCatch (StrictRWS.RWST r w s m) where
  catch (StrictRWS.RWST m) h = StrictRWS.RWST $ \r s -> m r s `catch` \e -> StrictRWS.runRWST (h e) r s

instance (MonadMask m, Monoid w) => MonadMask (StrictRWS.RWST r w s m) where
  mask a = StrictRWS.RWST $ \r s -> mask $ \u -> StrictRWS.runRWST (a (q u)) r s
    where q :: (m (a, s, w) -> m (a, s, w)) -> StrictRWS.RWST r w s m a -> StrictRWS.RWST r w s m a
          q u (StrictRWS.RWST b) = StrictRWS.RWST $ \r s -> u (b r s)
  uninterruptibleMask a = StrictRWS.RWST $ \r s -> uninterruptibleMask $ \u -> StrictRWS.runRWST (a (q u)) r s
    where q :: (m (a, s, w) -> m (a, s, w)) -> StrictRWS.RWST r w s m a -> StrictRWS.RWST r w s m a
          q u (StrictRWS.RWST b) = StrictRWS.RWST $ \r s -> u (b r s)
  generalBracket acquire release use =
    StrictRWS.RWST (zz_zdwzdcgeneralBracket4 (>>=) return generalBracket acquire release use)

instance MonadThrow m => MonadThrow (MaybeT m) where
  throwM = lift . throwM

instance MonadCatch m => MonadCatch (MaybeT m) where
  catch (MaybeT m) f = MaybeT $ catch m (runMaybeT . f)

instance MonadMask m => MonadMask (MaybeT m) where
  mask f = MaybeT $ mask $ \u -> runMaybeT (f (q u))
    where q :: (m (Maybe a) -> m (Maybe a)) -> MaybeT m a -> MaybeT m a
          q u (MaybeT b) = MaybeT (u b)
  uninterruptibleMask f = MaybeT $ uninterruptibleMask $ \u -> runMaybeT (f (q u))
    where q :: (m (Maybe a) -> m (Maybe a)) -> MaybeT m a -> MaybeT m a
          q u (MaybeT b) = MaybeT (u b)
  generalBracket acquire release use = MaybeT $ do
    (eb, ec) <- generalBracket
      (runMaybeT acquire)
      (\mresource ec -> case mresource of
          Nothing -> return Nothing
          Just resource -> case ec of
            ExitCaseSuccess (Just b) -> runMaybeT (release resource (ExitCaseSuccess b))
            ExitCaseException e -> runMaybeT (release resource (ExitCaseException e))
            _ -> runMaybeT (release resource ExitCaseAbort))
      (maybe (return Nothing) (runMaybeT . use))
    return ((,) <$> eb <*> ec)

instance (Error e, MonadThrow m) => MonadThrow (ErrorT e m) where
  throwM = lift . throwM

instance (Error e, MonadCatch m) => MonadCatch (ErrorT e m) where
  catch (ErrorT m) f = ErrorT $ catch m (runErrorT . f)

instance (Error e, MonadMask m) => MonadMask (ErrorT e m) where
  mask f = ErrorT $ mask $ \u -> runErrorT (f (q u))
    where q :: (m (Either e a) -> m (Either e a)) -> ErrorT e m a -> ErrorT e m a
          q u (ErrorT b) = ErrorT (u b)
  uninterruptibleMask f = ErrorT $ uninterruptibleMask $ \u -> runErrorT (f (q u))
    where q :: (m (Either e a) -> m (Either e a)) -> ErrorT e m a -> ErrorT e m a
          q u (ErrorT b) = ErrorT (u b)
  generalBracket acquire release use = ErrorT $ do
    (eb, ec) <- generalBracket
      (runErrorT acquire)
      (\eresource ec -> case eresource of
          Left e -> return (Left e)
          Right resource -> case ec of
            ExitCaseSuccess (Right b) -> runErrorT (release resource (ExitCaseSuccess b))
            ExitCaseException e -> runErrorT (release resource (ExitCaseException e))
            _ -> runErrorT (release resource ExitCaseAbort))
      (either (return . Left) (runErrorT . use))
    return (do { c <- ec; b <- eb; return (b, c) })

instance MonadThrow m => MonadThrow (ExceptT e m) where
  throwM = lift . throwM

instance MonadCatch m => MonadCatch (ExceptT e m) where
  catch (ExceptT m) f = ExceptT $ catch m (runExceptT . f)

instance MonadMask m => MonadMask (ExceptT e m) where
  mask f = ExceptT $ mask $ \u -> runExceptT (f (q u))
    where q :: (m (Either e a) -> m (Either e a)) -> ExceptT e m a -> ExceptT e m a
          q u (ExceptT b) = ExceptT (u b)
  uninterruptibleMask f = ExceptT $ uninterruptibleMask $ \u -> runExceptT (f (q u))
    where q :: (m (Either e a) -> m (Either e a)) -> ExceptT e m a -> ExceptT e m a
          q u (ExceptT b) = ExceptT (u b)
  generalBracket acquire release use = ExceptT $ do
    (eb, ec) <- generalBracket
      (runExceptT acquire)
      (\eresource ec -> case eresource of
          Left e -> return (Left e)
          Right resource -> case ec of
            ExitCaseSuccess (Right b) -> runExceptT (release resource (ExitCaseSuccess b))
            ExitCaseException e -> runExceptT (release resource (ExitCaseException e))
            _ -> runExceptT (release resource ExitCaseAbort))
      (either (return . Left) (runExceptT . use))
    return (do { c <- ec; b <- eb; return (b, c) })

instance MonadThrow m => MonadThrow (ListT m) where
  throwM = lift . throwM

instance MonadCatch m => MonadCatch (ListT m) where
  catch (ListT m) f = ListT $ catch m (runListT . f)

-- Functions -----------------------------------------------------------------

mask_ :: MonadMask m => m a -> m a
mask_ io = mask (\_ -> io)

uninterruptibleMask_ :: MonadMask m => m a -> m a
uninterruptibleMask_ io = uninterruptibleMask (\_ -> io)

catchAll :: MonadCatch m => m a -> (SomeException -> m a) -> m a
catchAll = catch

catchIOError :: MonadCatch m => m a -> (IOError -> m a) -> m a
catchIOError = catch

catchIf :: (MonadCatch m, Exception e) => (e -> Bool) -> m a -> (e -> m a) -> m a
catchIf f a b = a `catch` \e -> if f e then b e else throwM e

catchJust :: (MonadCatch m, Exception e) => (e -> Maybe b) -> m a -> (b -> m a) -> m a
catchJust f a b = a `catch` \e -> maybe (throwM e) b (f e)

handle :: (MonadCatch m, Exception e) => (e -> m a) -> m a -> m a
handle = flip catch

handleIOError :: MonadCatch m => (IOError -> m a) -> m a -> m a
handleIOError = handle

handleAll :: MonadCatch m => (SomeException -> m a) -> m a -> m a
handleAll = handle

handleIf :: (MonadCatch m, Exception e) => (e -> Bool) -> (e -> m a) -> m a -> m a
handleIf f = flip (catchIf f)

handleJust :: (MonadCatch m, Exception e) => (e -> Maybe b) -> (b -> m a) -> m a -> m a
handleJust f = flip (catchJust f)

try :: (MonadCatch m, Exception e) => m a -> m (Either e a)
try a = catch (liftM Right a) (return . Left)

tryJust :: (MonadCatch m, Exception e) => (e -> Maybe b) -> m a -> m (Either b a)
tryJust f a = catch (liftM Right a) (\e -> maybe (throwM e) (return . Left) (f e))

-- | A handler for 'catches': the first whose exception type matches runs.
data Handler m a = forall e. Exception e => Handler (e -> m a)

instance Monad m => Functor (Handler m) where
  fmap f (Handler h) = Handler (liftM f . h)

catches :: (Foldable f, MonadCatch m) => m a -> f (Handler m a) -> m a
catches a hs = a `catch` \e -> foldr (probe e) (throwM (e :: SomeException)) hs
  where probe e (Handler h) rest = maybe rest h (fromException e)

onException :: MonadCatch m => m a -> m b -> m a
onException action handler = action `catchAll` \e -> handler >> throwM e

onError :: MonadMask m => m a -> m b -> m a
onError action handler = bracketOnError (return ()) (const handler) (const action)

bracket :: MonadMask m => m a -> (a -> m c) -> (a -> m b) -> m b
bracket acquire release use = liftM fst (generalBracket acquire (\a _ -> release a) use)

bracket_ :: MonadMask m => m a -> m c -> m b -> m b
bracket_ before after action = bracket before (const after) (const action)

finally :: MonadMask m => m a -> m b -> m a
finally action finalizer = bracket_ (return ()) finalizer action

bracketOnError :: MonadMask m => m a -> (a -> m c) -> (a -> m b) -> m b
bracketOnError acquire release use = liftM fst $ generalBracket acquire
  (\a ec -> case ec of
      ExitCaseSuccess _ -> return ()
      _ -> release a >> return ())
  use

-- The WriterT and RWST generalBrackets as the installed package's -O1
-- workers take them (`$w$cgeneralBracket9` is lazy WriterT's, 10 strict
-- WriterT's, 5 lazy RWST's, 4 strict RWST's): the inner monad's >>=,
-- return and generalBracket unpacked from its dictionaries, then the
-- Monoid, the three actions and (RWST) the environment and state. The
-- instances call them too, so both levels run one definition.
type Bind m = forall x y. m x -> (x -> m y) -> m y
type Ret m = forall x. x -> m x
type Bracket m = forall x y z. m x -> (x -> ExitCase y -> m z) -> (x -> m y) -> m (y, z)

-- The writer's bracket over the inner monad, from the run functions of
-- either WriterT: the release sees the output so far (the acquire's, or
-- the acquire's and use's after a success), and the result's output is
-- the release's total.
writerBracket :: Monoid w => Bind m -> Ret m -> Bracket m
  -> (t a -> m (a, w)) -> (t b -> m (b, w)) -> (t c -> m (c, w))
  -> t a -> (a -> ExitCase b -> t c) -> (a -> t b) -> m ((b, c), w)
writerBracket bind ret gb runA runB runC acquire release use =
  gb (runA acquire)
     (\(resource, w1) ec -> case ec of
        ExitCaseSuccess (b, w12) -> prependW bind ret w12 (runC (release resource (ExitCaseSuccess b)))
        ExitCaseException e -> prependW bind ret w1 (runC (release resource (ExitCaseException e)))
        ExitCaseAbort -> prependW bind ret w1 (runC (release resource ExitCaseAbort)))
     (\(resource, w1) -> prependW bind ret w1 (runB (use resource)))
  `bind` \((b, _), (c, w)) -> ret ((b, c), w)

zz_zdwzdcgeneralBracket9 :: Bind m -> Ret m -> Bracket m -> Monoid w
  => LazyW.WriterT w m a -> (a -> ExitCase b -> LazyW.WriterT w m c) -> (a -> LazyW.WriterT w m b) -> m ((b, c), w)
zz_zdwzdcgeneralBracket9 bind ret gb =
  writerBracket bind ret gb LazyW.runWriterT LazyW.runWriterT LazyW.runWriterT

zz_zdwzdcgeneralBracket10 :: Bind m -> Ret m -> Bracket m -> Monoid w
  => StrictW.WriterT w m a -> (a -> ExitCase b -> StrictW.WriterT w m c) -> (a -> StrictW.WriterT w m b) -> m ((b, c), w)
zz_zdwzdcgeneralBracket10 bind ret gb =
  writerBracket bind ret gb StrictW.runWriterT StrictW.runWriterT StrictW.runWriterT

-- The RWST bracket: as the writer's, the state threaded through acquire,
-- use and release (the release after an exception or abort starts from
-- the acquire's state).
rwsBracket :: Monoid w => Bind m -> Ret m -> Bracket m
  -> (t a -> r -> s -> m (a, s, w)) -> (t b -> r -> s -> m (b, s, w)) -> (t c -> r -> s -> m (c, s, w))
  -> t a -> (a -> ExitCase b -> t c) -> (a -> t b) -> r -> s -> m ((b, c), s, w)
rwsBracket bind ret gb runA runB runC acquire release use r s0 =
  gb (runA acquire r s0)
     (\(resource, s1, w1) ec -> case ec of
        ExitCaseSuccess (b, s2, w12) -> prependRWS bind ret w12 (runC (release resource (ExitCaseSuccess b)) r s2)
        ExitCaseException e -> prependRWS bind ret w1 (runC (release resource (ExitCaseException e)) r s1)
        ExitCaseAbort -> prependRWS bind ret w1 (runC (release resource ExitCaseAbort) r s1))
     (\(resource, s1, w1) -> prependRWS bind ret w1 (runB (use resource) r s1))
  `bind` \((b, _, _), (c, s3, w)) -> ret ((b, c), s3, w)

-- An action's output after the output w0 made before it.
prependW :: Monoid w => Bind m -> Ret m -> w -> m (x, w) -> m (x, w)
prependW bind ret w0 act = act `bind` \(x, w') -> ret (x, w0 `mappend` w')

prependRWS :: Monoid w => Bind m -> Ret m -> w -> m (x, s, w) -> m (x, s, w)
prependRWS bind ret w0 act = act `bind` \(x, s', w') -> ret (x, s', w0 `mappend` w')

zz_zdwzdcgeneralBracket5 :: Bind m -> Ret m -> Bracket m -> Monoid w
  => LazyRWS.RWST r w s m a -> (a -> ExitCase b -> LazyRWS.RWST r w s m c) -> (a -> LazyRWS.RWST r w s m b)
  -> r -> s -> m ((b, c), s, w)
zz_zdwzdcgeneralBracket5 bind ret gb =
  rwsBracket bind ret gb LazyRWS.runRWST LazyRWS.runRWST LazyRWS.runRWST

zz_zdwzdcgeneralBracket4 :: Bind m -> Ret m -> Bracket m -> Monoid w
  => StrictRWS.RWST r w s m a -> (a -> ExitCase b -> StrictRWS.RWST r w s m c) -> (a -> StrictRWS.RWST r w s m b)
  -> r -> s -> m ((b, c), s, w)
zz_zdwzdcgeneralBracket4 bind ret gb =
  rwsBracket bind ret gb StrictRWS.runRWST StrictRWS.runRWST StrictRWS.runRWST

-- ST's throwM as the package's -O1 code calls it (`$fMonadThrowST1`, the
-- ST action's State#-passing function).
zz_zdfMonadThrowST1 :: Exception e => e -> State# s -> (# State# s, a #)
zz_zdfMonadThrowST1 e s = case throwM e of ST m -> m s
